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
void WebPlatform::CopyLink() { CopyPageLink(this); }
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
    FetchData(this, url, joined);
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

// The page's listeners were given the platform's address when they were installed (InstallPageListeners,
// InstallPageView, CopyPageLink, FetchData) and hand it back as `self`.
extern "C" {
using platform::WebPlatform;
EMSCRIPTEN_KEEPALIVE void platform_on_hash_change(WebPlatform* self) { self->OnHashChange(); }
EMSCRIPTEN_KEEPALIVE void platform_on_paste(WebPlatform* self, const char* text) { self->OnPaste(text); }
EMSCRIPTEN_KEEPALIVE void platform_on_resize(WebPlatform* self) { self->OnResize(); }
EMSCRIPTEN_KEEPALIVE void platform_on_view_change(WebPlatform* self) { self->OnViewChange(); }
EMSCRIPTEN_KEEPALIVE void platform_on_wake(WebPlatform* self) { self->Wake(); }
EMSCRIPTEN_KEEPALIVE int platform_frames_drawn(WebPlatform* self) { return self->FramesDrawn(); }
EMSCRIPTEN_KEEPALIVE float platform_last_ui_ms(WebPlatform* self) { return self->LastUiMs(); }
EMSCRIPTEN_KEEPALIVE float platform_last_render_ms(WebPlatform* self) { return self->LastRenderMs(); }
EMSCRIPTEN_KEEPALIVE int platform_memory_pages() { return static_cast<int>(__builtin_wasm_memory_size(0)); } // 64 KiB each
EMSCRIPTEN_KEEPALIVE void platform_on_copied(WebPlatform* self, int ok) { self->OnCopied(ok != 0); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_file(WebPlatform* self, const char* name, int ok, const char* text) { self->OnDataFile(name, ok != 0, text); }
EMSCRIPTEN_KEEPALIVE void platform_on_data_done(WebPlatform* self) { self->OnDataDone(); }
}
