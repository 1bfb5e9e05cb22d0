// link_lint.h — warnings about weak links in the data files (layer: core): addresses that work but
// are not the ones a reader should follow. The short host lists live in link_lint.cpp, in one place.
// Used by `appfinder-cli validate`; warnings never stop data from loading.
#pragma once

#include "core/data_loader.h"

#include <string>
#include <vector>

namespace core {

// What a link warning is about; one kind per rule, so a test or a case can name it.
enum LinkWarning_ {
    LinkWarning_Http = 0,         // http: where the publisher serves https:
    LinkWarning_Shortener,        // bit.ly and the like hide where a link goes
    LinkWarning_StagingOrMirror,  // a staging server, a hosting mirror, a document dump, a gateway
    LinkWarning_ClosedFrontPage,  // an app's own link is the front page of a closed service
    LinkWarning_StrayHash,        // the address ends in '#' ("##")
    LinkWarning_PlaceholderTitle, // a source title that describes the page instead of naming it
    LinkWarning_StoreCountry,     // an App Store or Google Play page of another country than the UK (apps.apple.com/us/...)
    LinkWarning_StoreAsWebsite,   // an app's website (`url`) that is a store page: it belongs under `stores`
};

struct LinkWarning {
    LinkWarning_ Kind = LinkWarning_Http;
    Problem Where; // file, pointer and message, as a validation problem
};

// Checks the `url` of every source and app, every app's `stores` links, and the `title` of every source in `files` (the files of a
// data folder, as LoadDataset takes them). A file that is not JSON, or is too large or too deep to
// load, gives no warnings: LoadDataset reports it.
std::vector<LinkWarning> LintLinks(const std::vector<DataFile>& files);

// One URL on its own: the warnings for an app's own link (`app_link`) or any other link.
std::vector<LinkWarning_> LintUrl(const std::string& url, bool app_link);
std::string StoreCountry(const std::string& url); // "gb" of apps.apple.com/gb/..., or Google Play's gl=; "" when it names none
bool LooksLikePlaceholderTitle(const std::string& title);

// Deepest nesting of arrays and objects in `text`, stopping once it passes `limit`: a file deeper than
// MaxNestingDepth is not parsed by a lint (LoadDataset reports it).
int NestingDepth(const std::string& text, int limit);

std::string FormatWarning(const LinkWarning& w); // "apps.json: /apps/3/url: warning: ..."

} // namespace core
