// embed_choices.h — the embed builder's option lists (layer: core; only `appfinder-cli html` links it).
#pragma once

#include "core/model.h"

#include <string>

namespace core {

class SearchIndex;

// The embed builder's choices (build/site/embed.html, filled by `appfinder-cli html --builder`): for each of topic,
// platform, cost, search, trust, app, wearable and figure a <template id="choices-KIND"> of <option value="id"
// data-text="the text page of that scope or card">label</option>. Searches: those of SearchScopeWords that find an
// app in `index`, built from `data` (the same index the scope pages are written from).
std::string EmbedChoices(const Dataset& data, const SearchIndex& index);

} // namespace core
