// embed_choices.cpp — the embed builder's option lists (layer: core). See embed_choices.h.
#include "core/embed_choices.h"

#include "core/search_everything.h"
#include "core/site_map.h"
#include "core/static_shell.h"

#include <algorithm>

namespace core {

std::string EmbedChoices(const Dataset& data, const SearchIndex& index)
{
    std::string out;
    // One <template id="choices-KIND"> of <option>s per kind; each option's data-text is the text page of that choice.
    auto begin = [&out](const char* kind) { out += "<template id=\"choices-"; out += kind; out += "\">\n"; };
    auto option = [&out, &data](const std::string& value, const std::string& label, const EmbedOptions& o) {
        out += "<option value=\"";
        out += EscapeHtml(value);
        out += "\" data-text=\"";
        out += EscapeHtml(TextPageFor(o.IsCard() ? Route() : DetailRoute(Screen::Apps, ""), data, o));
        out += "\">";
        out += EscapeHtml(label);
        out += "</option>\n";
    };
    auto end = [&out] { out += "</template>\n"; };
    auto scope = [](ScopeKind kind, const std::string& value) { EmbedOptions o; o.Scope = kind; o.ScopeValue = value; return o; };
    auto card = [](CardKind kind, const std::string& id) { EmbedOptions o; o.Card = kind; o.CardId = id; return o; };
    begin("topic");
    for (const Category& c : data.Categories) option(c.Id, c.Label, scope(ScopeKind::Topic, c.Id));
    end();
    begin("platform");
    for (Platform_ p : AllPlatforms) option(PlatformKey(p), PlatformName(p), scope(ScopeKind::Platform, PlatformKey(p)));
    end();
    begin("cost");
    for (CostKind c : AllCosts) option(CostKey(c), CostLabel(c), scope(ScopeKind::Cost, CostKey(c)));
    end();
    // Only searches with a text page of their own, and only those that find an app: the text version keeps the scope.
    begin("search");
    for (const std::string& words : SearchScopeWords(data)) {
        const std::vector<unsigned char> in_scope = AppsInSearchScope(index, words, data.Apps.size());
        const auto n = std::count(in_scope.begin(), in_scope.end(), 1);
        if (n > 0) option(words, words + " (" + std::to_string(n) + (n == 1 ? " app)" : " apps)"), scope(ScopeKind::Search, words));
    }
    end();
    begin("trust");
    for (const Trust& t : data.Trusts) option(t.OdsCode, t.OfficialName, card(CardKind::Trust, t.OdsCode));
    end();
    begin("app");
    for (const App& a : data.Apps) option(a.Id, a.Name, card(CardKind::App, a.Id));
    end();
    begin("wearable");
    for (const WearableTopic& t : data.Topics) option(t.Id, t.Title, card(CardKind::Wearable, t.Id));
    end();
    begin("figure");
    for (const KeyFigure& f : data.Figures) option(f.Id, f.Value + ": " + f.Caption, card(CardKind::Figure, f.Id));
    end();
    return out;
}

} // namespace core
