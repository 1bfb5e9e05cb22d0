// host.h — what the screens ask of the world around them (layer: ui).
// The browser implements it in src/platform; tests implement it with a recorder.
#pragma once

#include <string>

namespace ui {

class Host {
public:
    virtual ~Host() = default;
    virtual void Navigate(const std::string& hash, bool replace) = 0; // the app hears back through App::SetRoute
    virtual void OpenExternal(const std::string& url) = 0;            // only https:, http:, mailto: are opened
    virtual void SetDocumentTitle(const std::string& title) = 0;
    virtual void CopyLink() = 0;                               // this screen's address; the app hears back through App::OnLinkCopied
    virtual void ShowTextVersion(const std::string& page) = 0; // the text page with the same content: core::TextPageFor
};

} // namespace ui
