// web_host.cpp — what the screens ask of the browser (ui::Host): navigation, outside links, the title,
// the clipboard, the text version and ?data= files; and the functions the page's JavaScript calls
// (layer: platform).
#include "platform/web_platform.h"

#include "core/text_format.h"
#include "platform/browser.h"

#include <emscripten.h>

namespace platform {

void WebPlatform::Navigate(const std::string& hash, bool replace)
{
    if (replace) {
        ReplaceHash(hash);
        Hooks->Route(Hooks->User, hash); // the same screen with new parameters: focus stays where it is
        ScrollAfterRoute(Hooks->TakeScrollToTop && Hooks->TakeScrollToTop(Hooks->User));
    } else if (hash != GetHash()) {
        PushHash(hash); // hashchange brings it back through OnHashChange
    }
    Wake();
}

void WebPlatform::OpenExternal(const std::string& url)
{
    // core's link policy: web and mail links only (javascript:, data:, file: are refused), and no spaces.
    if (core::IsLinkableUrl(url)) OpenUrl(url);
}

void WebPlatform::SetDocumentTitle(const std::string& title) { SetTitle(title); }
void WebPlatform::CopyLink() { CopyPageLink(); }
void WebPlatform::ShowTextVersion(const std::string& page) { platform::ShowTextVersion(page); }

void WebPlatform::OnCopied(bool ok)
{
    if (Hooks->LinkCopied) Hooks->LinkCopied(Hooks->User, ok);
    Wake();
}

void WebPlatform::LoadData(const std::string& url, const std::vector<std::string>& names)
{
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : ",") + n;
    PendingFiles.clear();
    PendingErrors.clear();
    FetchData(url, joined);
}

void WebPlatform::OnDataFile(const char* name, bool ok, const char* text)
{
    if (ok) PendingFiles.push_back({ name, text });
    else PendingErrors.push_back(std::string(*name ? name : "?data=") + ": " + text);
}

void WebPlatform::OnDataDone()
{
    if (Hooks->DataArrived) Hooks->DataArrived(Hooks->User, PendingFiles, PendingErrors);
    PendingFiles.clear();
    PendingErrors.clear();
    Wake();
}

void WebPlatform::OnHashChange()
{
    Hooks->Route(Hooks->User, GetHash());
    ScrollAfterRoute(Hooks->TakeScrollToTop && Hooks->TakeScrollToTop(Hooks->User));
    RouteChanged = true;
    Wake();
}

} // namespace platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void platform_on_hash_change() { platform::Platform().OnHashChange(); }
EMSCRIPTEN_KEEPALIVE void platform_on_paste(const char* text) { platform::Platform().OnPaste(text); }
EMSCRIPTEN_KEEPALIVE void platform_on_resize() { platform::Platform().OnResize(); }
EMSCRIPTEN_KEEPALIVE void platform_on_view_change() { platform::Platform().OnViewChange(); }
EMSCRIPTEN_KEEPALIVE void platform_on_wake() { platform::Platform().Wake(); }
EMSCRIPTEN_KEEPALIVE int platform_frames_drawn() { return platform::Platform().FramesDrawn(); }
EMSCRIPTEN_KEEPALIVE float platform_last_ui_ms() { return platform::Platform().LastUiMs(); }
EMSCRIPTEN_KEEPALIVE float platform_last_render_ms() { return platform::Platform().LastRenderMs(); }
EMSCRIPTEN_KEEPALIVE int platform_memory_pages() { return static_cast<int>(__builtin_wasm_memory_size(0)); } // 64 KiB each
EMSCRIPTEN_KEEPALIVE void platform_on_copied(int ok) { platform::Platform().OnCopied(ok != 0); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_file(const char* name, int ok, const char* text) { platform::Platform().OnDataFile(name, ok != 0, text); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_done() { platform::Platform().OnDataDone(); }
}
