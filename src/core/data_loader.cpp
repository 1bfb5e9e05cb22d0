// data_loader.cpp — reads and validates the JSON data files into a core::Dataset (layer: core).
// The rules are those of docs/data-format.md. Each mistake becomes a Problem naming the file, the
// JSON pointer of the field and what happens next; nothing here throws (JSON_NOEXCEPTION is on).
//
// Index
// [SECTION] Checks on plain values
// [SECTION] From bytes to JSON
// [SECTION] Entry: one entry's fields, each checked before it is read
// [SECTION] One reader per file
// [SECTION] LoadDataset

#include "core/data_loader.h"

#include "core/money_table.h"
#include "core/stable_sort.h"
#include "core/text_format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace core {

namespace {

using json = nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Checks on plain values
//-----------------------------------------------------------------------------

// The data's ids keep to the id rule (core::IsIdText), in lowercase; ODS codes in capitals and digits.
bool IsId(const std::string& s)
{
    return IsIdText(s) && std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsOdsCode(const std::string& s)
{
    return s.size() >= 3 && s.size() <= 5 && IsIdText(s) && std::none_of(s.begin(), s.end(), [](char c) { return c == '-' || (c >= 'a' && c <= 'z'); });
}

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

bool HasControlCharacter(const std::string& s)
{
    // Tabs and line breaks are harmless in plain text; other control characters are not text.
    return std::any_of(s.begin(), s.end(), [](char c) { return IsControl(c) && c != '\t' && c != '\n' && c != '\r'; });
}

bool IsBlank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The invisible characters that reorder text (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069): in an
// address they can make "evil.example/nhs.uk" read as something else. The code point of the one that
// starts at s[i], or 0.
unsigned BidiControlAt(const std::string& s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (byte(0) == 0xD8 && byte(1) == 0x9C)
        return 0x061C;
    if (byte(0) != 0xE2 || (byte(1) != 0x80 && byte(1) != 0x81))
        return 0;
    const unsigned c = 0x2000 + ((byte(1) & 0x0Fu) << 6) + (byte(2) & 0x3Fu);
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ? c : 0;
}

bool HasBidiControl(const std::string& s)
{
    for (std::size_t i = 0; i < s.size(); i++)
        if (BidiControlAt(s, i))
            return true;
    return false;
}

// "" when the address is acceptable, else what is wrong with it.
std::string UrlProblem(const std::string& url)
{
    std::size_t rest = 0;
    if (url.compare(0, 8, "https://") == 0)
        rest = 8;
    else if (url.compare(0, 7, "http://") == 0)
        rest = 7;
    else
        return "a web address must start with https:// or http://";
    if (std::any_of(url.begin(), url.end(), [](char c) { return c == ' ' || IsControl(c); }))
        return "a web address must not contain spaces or control characters";
    // Browsers read "\\" as "/", so "https:\\\\evil.example" goes to evil.example whatever it looks like.
    if (url.find('\\') != std::string::npos)
        return "a web address must not contain a backslash";
    if (HasBidiControl(url))
        return "a web address must not contain characters that reverse the direction of text";
    if (rest == url.size() || url[rest] == '/')
        return "a web address needs a host name after " + url.substr(0, rest);
    // "https://nhs.uk@evil.example/" goes to evil.example: what comes before an @ is a user name.
    const std::size_t host_end = std::min(url.find_first_of("/?#", rest), url.size());
    if (url.find('@', rest) < host_end)
        return "a web address must not contain a user name or password (an @ before the host name)";
    // Whatever else the link rule refuses (a space of another kind, an invisible character): the app would not link it.
    if (!IsLinkableUrl(url))
        return "a web address must not contain spaces, invisible characters or control characters";
    return "";
}

// `s` cut to at most `limit` bytes on a character boundary, with "..." when it was cut.
std::string CutShort(const std::string& s, std::size_t limit)
{
    if (s.size() <= limit)
        return s;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        cut--;
    return s.substr(0, cut) + "...";
}

// A value quoted for a message: JSON-escaped, cut short on a character boundary when long, and with the
// direction controls written as \u escapes, so the message around the value reads as it was written.
std::string Quote(const std::string& s)
{
    // Escaped as nlohmann::json's dump() escapes a string (without linking its whole serializer into the wasm,
    // about 2 KB gzip): the quote, the backslash and control characters; every value here comes from parsed JSON,
    // so it is valid UTF-8, and CutShort cuts on a character boundary.
    const std::string cut = CutShort(s, 60);
    std::string quoted = "\"";
    for (const char ch : cut) {
        const auto c = static_cast<unsigned char>(ch);
        static const char short_forms[] = "btnvfr"; // \b \t \n (\v is not JSON: \u000b) \f \r
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += ch;
        } else if (c >= 0x08 && c <= 0x0D && c != 0x0B) {
            quoted += '\\';
            quoted += short_forms[c - 0x08];
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            quoted += "\\u00";
            quoted += hex[c >> 4];
            quoted += hex[c & 15];
        } else {
            quoted += ch;
        }
    }
    quoted += '"';
    std::string out;
    for (std::size_t i = 0; i < quoted.size(); i++) {
        const unsigned c = BidiControlAt(quoted, i);
        if (!c) {
            out += quoted[i];
            continue;
        }
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += "0123456789ABCDEF"[(c >> shift) & 0xFu];
        i += c == 0x061C ? 1 : 2;
    }
    return out;
}

std::string Describe(const json& v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::string: return "the string " + Quote(v.get_ref<const std::string&>());
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a number";
    }
}

std::string FormatNumber(double x)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%g", x);
    return buffer;
}

//-----------------------------------------------------------------------------
// [SECTION] From bytes to JSON
//-----------------------------------------------------------------------------

std::string LineAndColumn(const std::string& text, std::size_t offset)
{
    std::size_t line = 1, column = 1; // columns count bytes, as nlohmann's messages do
    for (std::size_t i = 0; i < offset && i < text.size(); i++)
        if (text[i] == '\n')
            line++, column = 1;
        else
            column++;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Offset of the first '[' or '{' nested deeper than max_depth, or npos. Parsing is iterative but
// destroying a deep json value recurses, so deep input is refused before it becomes a value.
std::size_t TooDeepAt(const std::string& text, int max_depth)
{
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); i++) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = false;
        } else if (c == '"')
            in_string = true;
        else if ((c == '[' || c == '{') && ++depth > max_depth)
            return i;
        else if (c == ']' || c == '}')
            depth--;
    }
    return std::string::npos;
}

// Where one file's problems go, and the ids its entries have claimed (ids are unique per file).
// At most MaxProblemsPerFile problems and MaxProblemBytesPerFile bytes of their text are listed: a file of
// 8 MB can hold millions of mistakes, and listing them all would take a gigabyte (and a visitor's tab with
// it). Close() says how many more there were.
struct FileLog {
    std::string File;
    std::vector<Problem>& Problems;
    std::map<std::string, std::string> IdsUsed; // id -> pointer of the entry that has it
    std::size_t Count = 0;                      // problems found in this file, listed or not
    std::size_t Listed = 0;
    std::size_t ListedBytes = 0;

    void Add(std::string pointer, std::string message) { Push({ File, std::move(pointer), std::move(message) }); }
    void Push(Problem p)
    {
        Count++;
        const std::size_t bytes = p.File.size() + p.Pointer.size() + p.Message.size();
        if (Listed >= MaxProblemsPerFile || ListedBytes + bytes > MaxProblemBytesPerFile)
            return;
        Listed++;
        ListedBytes += bytes;
        Problems.push_back(std::move(p));
    }
    void Close()
    {
        if (Count > Listed)
            Problems.push_back({ File, "", "and " + std::to_string(Count - Listed) + " more problems, not listed; fix those above and check again" });
    }
};

// "/apps/0/a~1b" for the key "a/b": the escapes of RFC 6901. A long key is cut short (a pointer is for a
// person to find the place, and a key may be up to MaxKeyBytes long), so such a pointer ends in "...".
std::string PointerToken(const std::string& key)
{
    std::string out;
    for (char c : CutShort(key, MaxPointerKeyBytes))
        out += c == '~' ? "~0" : c == '/' ? "~1"
                                          : std::string(1, c);
    return out;
}

// Runs the parser without building a value, before the parse that does: learns what nlohmann's parser
// objects to, and finds a key given twice in one object, which the value would keep only once (the last).
struct Scanner : json::json_sax_t {
    struct Level {
        bool IsObject = false;
        std::string Key;       // the member being read, in an object
        std::size_t Index = 0; // the element being read + 1, in an array
        std::set<std::string> Keys;
    };
    const std::string& Text;
    std::string Error;                                              // "" when the text is valid JSON
    std::vector<std::pair<std::string, std::string>> DuplicateKeys; // pointer, key; at most MaxProblemsPerFile
    std::size_t DuplicateCount = 0;
    std::vector<Level> Levels; // no deeper than MaxNestingDepth: TooDeepAt has run

    explicit Scanner(const std::string& text) : Text(text) {}

    bool Value()
    {
        if (!Levels.empty() && !Levels.back().IsObject)
            Levels.back().Index++;
        return true;
    }
    bool Open(bool is_object)
    {
        Value();
        Levels.emplace_back();
        Levels.back().IsObject = is_object;
        return true;
    }
    bool Close()
    {
        Levels.pop_back();
        return true;
    }
    std::string Pointer(std::size_t depth = SIZE_MAX) const // of the member being read; or of the first `depth` levels only
    {
        std::string out;
        for (std::size_t i = 0; i < Levels.size() && i < depth; i++)
            out += "/" + (Levels[i].IsObject ? PointerToken(Levels[i].Key) : std::to_string(Levels[i].Index - 1));
        return out;
    }

    bool null() override { return Value(); }
    bool boolean(bool) override { return Value(); }
    bool number_integer(number_integer_t) override { return Value(); }
    bool number_unsigned(number_unsigned_t) override { return Value(); }
    bool number_float(number_float_t, const string_t&) override { return Value(); }
    bool string(string_t&) override { return Value(); }
    bool binary(binary_t&) override { return Value(); }
    bool start_object(std::size_t) override { return Open(true); }
    bool start_array(std::size_t) override { return Open(false); }
    bool end_object() override { return Close(); }
    bool end_array() override { return Close(); }
    bool key(string_t& key) override
    {
        Level& level = Levels.back();
        if (key.size() > MaxKeyBytes) {
            // Every problem's pointer would repeat it; the format's keys are short words.
            const std::string object = Levels.size() > 1 ? "in the object at " + Pointer(Levels.size() - 1) : "at the top of the file";
            Error = "has a key longer than " + std::to_string(MaxKeyBytes) + " bytes (" + std::to_string(key.size()) + " bytes) " +
                    object + ": " + Quote(key);
            return false;
        }
        level.Key = key;
        if (!level.Keys.insert(key).second && DuplicateCount++ < MaxProblemsPerFile)
            DuplicateKeys.emplace_back(Pointer(), key);
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."; a number
        // too large ("[json.exception.out_of_range.406] number overflow parsing '1e999'") has no position.
        const std::string what = e.what();
        const std::size_t at = what.find("at line");
        const std::size_t bracket = what.find("] ");
        if (at != std::string::npos)
            Error = "is not valid JSON " + what.substr(at);
        else
            Error = "is not valid JSON at " + LineAndColumn(Text, position) + ": " + (bracket == std::string::npos ? what : what.substr(bracket + 2));
        return false;
    }
};

// The file's top-level object, or nullopt with `error` set. What does not stop the file loading (a
// byte order mark, a key given twice) goes to `log`.
std::optional<json> ParseFile(const std::string& text, std::string& error, FileLog& log)
{
    if (text.size() > MaxDataFileBytes)
        error = "file is larger than " + std::to_string(MaxDataFileBytes / (1024 * 1024)) + " MB";
    else if (IsBlank(text))
        error = "file is empty";
    else if (std::size_t at = InvalidUtf8At(text); at != std::string::npos)
        error = "file is not valid UTF-8 text: a malformed byte sequence at " + LineAndColumn(text, at);
    else if (std::size_t at = TooDeepAt(text, MaxNestingDepth); at != std::string::npos)
        error = "file nests arrays and objects more than " + std::to_string(MaxNestingDepth) + " levels deep, at " + LineAndColumn(text, at);
    if (!error.empty())
        return std::nullopt;

    Scanner scanner(text);
    json::sax_parse(text, &scanner);
    // The tree is built by nlohmann's plain DOM builder through sax_parse, as json::parse(text, nullptr, false)
    // does when it has no callback; parse() would link its callback builder into the wasm too (about 1 KB gzip).
    json root;
    nlohmann::detail::json_sax_dom_parser<json> builder(root, false);
    if (!scanner.Error.empty() || !json::sax_parse(text, &builder)) root = json(json::value_t::discarded);
    if (root.is_discarded()) {
        error = scanner.Error.empty() ? "file is not valid JSON" : "file " + scanner.Error;
        return std::nullopt;
    }
    if (!root.is_object()) {
        error = "expected an object at the top of the file, found " + Describe(root);
        return std::nullopt;
    }
    // nlohmann's parser skips a byte order mark; JSON (RFC 8259) does not allow one, and some tools choke on it.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        log.Add("", "file starts with a byte order mark (bytes EF BB BF), which JSON does not allow; it is ignored and the file loads");
    for (const auto& [pointer, key] : scanner.DuplicateKeys)
        log.Add(pointer, "the key " + Quote(key) + " appears more than once in this object; only its last value is read");
    log.Count += scanner.DuplicateCount - scanner.DuplicateKeys.size();
    return root;
}

//-----------------------------------------------------------------------------
// [SECTION] Entry: one entry's fields, each checked before it is read
//-----------------------------------------------------------------------------

// The ids a reference may name: the categories of apps.json, the sources of sources.json...
struct KnownIds {
    std::string What;  // "category", for messages
    std::string Where; // "/categories", "sources.json"
    std::set<std::string> Ids;
    bool Checked = true; // false when the list itself failed to load: references are then not checked

    bool Has(const std::string& id) const { return !Checked || Ids.count(id) > 0; }
    std::string Unknown(const std::string& id) const { return "unknown " + What + " " + Quote(id) + " (not among those loaded from " + Where + ")"; }
};

template <typename T>
KnownIds IdsOf(const std::vector<T>& items, std::string what, std::string where)
{
    KnownIds known{ std::move(what), std::move(where), {} };
    for (const T& item : items)
        known.Ids.insert(item.Id);
    return known;
}

enum class Blank { Refused,
                   Allowed }; // whether "" (not known) is accepted

// Reads one entry (a source, an app, a trust...). Each getter checks its field and returns a value
// even when the check fails, so a reader reads every field and every mistake is reported at once.
// Finish() reports the mistakes with what happens ("; this app is skipped") and says whether to keep it.
class Entry {
public:
    Entry(const json& value, std::string pointer, std::string noun, FileLog& log)
        : Value(value), Pointer(std::move(pointer)), Noun(std::move(noun)), Log(log) {}

    std::string Text(const char* key, Blank blank = Blank::Refused) { return TextAt(Get(key), Child(key), blank); }
    std::string Date(const char* key, Blank blank = Blank::Refused)
    {
        std::string s = Text(key, blank);
        if (!s.empty() && !IsDate(s))
            return FailWith(Child(key), "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found " + Quote(s));
        return s;
    }
    std::string Url(const char* key, Blank blank = Blank::Refused)
    {
        std::string s = Text(key, blank);
        if (!s.empty())
            if (std::string problem = UrlProblem(s); !problem.empty())
                return FailWith(Child(key), problem + ", found " + Quote(s));
        return s;
    }
    bool Has(const char* key) const { return Value.is_object() && Value.contains(key); } // for optional fields
    std::string Id(const char* key) { return Claim(key, &IsId, "an id of lowercase a-z, 0-9 and -"); }
    std::string OdsCode(const char* key) { return Claim(key, &IsOdsCode, "an ODS code of 3 to 5 capital letters and digits"); }
    std::string Ref(const char* key, const KnownIds& known) { return RefAt(Get(key), Child(key), known); }

    double Number(const char* key, double min, double max)
    {
        const json* v = Get(key);
        if (!v)
            return 0.0;
        const std::string expected = "expected a number from " + FormatNumber(min) + " to " + FormatNumber(max) + ", found ";
        const double x = v->is_number() ? v->get<double>() : 0.0;
        if (!v->is_number() || !std::isfinite(x) || x < min || x > max) {
            Fail(Child(key), expected + (v->is_number() ? FormatNumber(x) : Describe(*v)));
            return 0.0;
        }
        return x;
    }
    int WholeNumber(const char* key, int min, int max)
    {
        const double x = Number(key, min, max);
        if (x == std::floor(x))
            return static_cast<int>(x);
        Fail(Child(key), "expected a whole number, found " + FormatNumber(x));
        return 0;
    }
    bool Flag(const char* key)
    {
        const json* v = Get(key);
        if (v && v->is_boolean())
            return v->get<bool>();
        if (v)
            Fail(Child(key), "expected true or false, found " + Describe(*v));
        return false;
    }

    std::vector<std::string> TextList(const char* key)
    {
        std::vector<std::string> out;
        EachOf(Get(key), Child(key), 1, [&](const json& e, const std::string& p) { out.push_back(TextAt(&e, p, Blank::Refused)); });
        return out;
    }
    std::vector<std::string> RefList(const char* key, const KnownIds& known, std::size_t min_count = 1)
    {
        std::vector<std::string> out;
        EachOf(Get(key), Child(key), min_count, [&](const json& e, const std::string& p) { out.push_back(RefAt(&e, p, known)); });
        return out;
    }
    // An optional array of ODS codes (a trust's partners); absent is none.
    std::vector<std::string> OdsCodeList(const char* key)
    {
        std::vector<std::string> out;
        if (!Has(key))
            return out;
        EachOf(Get(key), Child(key), 1, [&](const json& e, const std::string& p) {
            std::string s = TextAt(&e, p, Blank::Refused);
            if (!s.empty() && !IsOdsCode(s))
                Fail(p, "expected an ODS code of 3 to 5 capital letters and digits, found " + Quote(s));
            else if (!s.empty())
                out.push_back(std::move(s));
        });
        return out;
    }
    // The entry itself is an array of texts (a synonym group).
    std::vector<std::string> OwnTexts(std::size_t min_count)
    {
        std::vector<std::string> out;
        EachOf(&Value, Pointer, min_count, [&](const json& e, const std::string& p) { out.push_back(TextAt(&e, p, Blank::Refused)); });
        return out;
    }

    // "sources": a non-empty array of ids from sources.json. An unknown id is dropped while a known one
    // remains; an entry left with no known source is skipped.
    std::vector<std::string> Sources(const KnownIds& known)
    {
        std::vector<std::string> kept;
        std::vector<std::pair<std::string, std::string>> unknown; // pointer, id
        EachOf(Get("sources"), Child("sources"), 1, [&](const json& e, const std::string& p) {
            std::string id = TextAt(&e, p, Blank::Refused);
            if (id.empty())
                return;
            if (known.Has(id))
                kept.push_back(id);
            else
                unknown.emplace_back(p, id);
        });
        for (const auto& [pointer, id] : unknown)
            if (kept.empty())
                Fail(pointer, known.Unknown(id) + " and no other source of this " + Noun + " is known");
            else
                Notes.push_back({ Log.File, pointer, known.Unknown(id) + "; it is dropped and this " + Noun + " keeps its other sources" });
        return kept;
    }

    // One of a fixed set of words; the index of the match in `choices`, or -1.
    int Choice(const json* v, const std::string& pointer, const std::vector<std::string>& choices)
    {
        const std::string s = TextAt(v, pointer, Blank::Allowed);
        for (std::size_t i = 0; i < choices.size(); i++)
            if (s == choices[i])
                return static_cast<int>(i);
        if (v && v->is_string()) {
            std::string list;
            for (const std::string& c : choices)
                list += (list.empty() ? "" : ", ") + Quote(c);
            Fail(pointer, "expected one of " + list + ", found " + Quote(s));
        }
        return -1;
    }
    int Choice(const char* key, const std::vector<std::string>& choices) { return Choice(Get(key), Child(key), choices); }

    template <typename Read>
    void Each(const char* key, Read read) { EachOf(Get(key), Child(key), 1, read); }

    // An object field read as an entry of its own (only when Has(key)); Adopt() makes its mistakes this entry's.
    Entry Part(const char* key, std::string noun) { return Entry(*Get(key), Child(key), std::move(noun), Log); }
    void Adopt(Entry& part)
    {
        // One push_back at a time: a range insert would be a template of its own in the wasm (400 B gzip).
        for (Problem& p : part.Errors) Errors.push_back(std::move(p));
        for (Problem& p : part.Notes) Notes.push_back(std::move(p));
    }
    // A store page: a link (as Url) on one of the store's hosts.
    std::string StoreUrl(const char* key, const char* store, std::initializer_list<const char*> hosts)
    {
        std::string s = Url(key, Blank::Allowed);
        const std::size_t scheme = s.find("://");
        if (s.empty()) return s;
        const std::size_t start = scheme == std::string::npos ? 0 : scheme + 3;
        const std::string host = s.substr(start, s.find_first_of("/?#", start) - start);
        for (const char* h : hosts)
            if (scheme != std::string::npos && host == h) return s;
        return FailWith(Child(key), std::string("expected an address on ") + *hosts.begin() + " (" + store + "), found " + Quote(s));
    }

    bool Finish()
    {
        if (Errors.empty() && IdClaim) {
            const auto [it, added] = Log.IdsUsed.emplace(IdClaim->second, Pointer);
            if (!added)
                Fail(IdClaim->first, Quote(IdClaim->second) + " is already used by " + it->second);
        }
        for (Problem& p : Errors) {
            p.Message += "; this " + Noun + " is skipped";
            Log.Push(std::move(p));
        }
        for (Problem& p : Notes)
            Log.Push(std::move(p));
        return Errors.empty();
    }

private:
    std::string Child(const char* key) const { return Pointer + "/" + key; }

    void Fail(const std::string& pointer, const std::string& message) { Errors.push_back({ Log.File, pointer, message }); }
    std::string FailWith(const std::string& pointer, const std::string& message)
    {
        Fail(pointer, message);
        return {};
    }

    // The field's value, or nullptr (reported) when the entry is not an object or lacks the field.
    const json* Get(const char* key)
    {
        if (!Value.is_object()) {
            if (!ReportedShape)
                Fail(Pointer, "expected an object, found " + Describe(Value));
            ReportedShape = true;
            return nullptr;
        }
        const auto it = Value.find(key);
        if (it != Value.end())
            return &*it;
        Fail(Child(key), "required field is missing");
        return nullptr;
    }

    std::string TextAt(const json* v, const std::string& pointer, Blank blank)
    {
        if (!v)
            return {};
        if (!v->is_string())
            return FailWith(pointer, "expected a string, found " + Describe(*v));
        const std::string& s = v->get_ref<const std::string&>();
        if (s.size() > MaxTextBytes)
            return FailWith(pointer, "text is " + std::to_string(s.size()) + " bytes long, more than the " + std::to_string(MaxTextBytes) + " allowed");
        if (HasControlCharacter(s))
            return FailWith(pointer, "text contains a control character");
        if (blank == Blank::Refused && IsBlank(s))
            return FailWith(pointer, "must not be empty");
        return s;
    }

    std::string RefAt(const json* v, const std::string& pointer, const KnownIds& known)
    {
        std::string id = TextAt(v, pointer, Blank::Refused);
        if (!id.empty() && !known.Has(id))
            return FailWith(pointer, known.Unknown(id));
        return id;
    }

    // Reads an id that must be unique in the file; the claim is settled in Finish(), so an entry
    // skipped for another reason does not take its id from a later one.
    std::string Claim(const char* key, bool (*valid)(const std::string&), const char* expected)
    {
        std::string s = Text(key);
        if (s.empty())
            return s;
        if (!valid(s))
            return FailWith(Child(key), std::string("expected ") + expected + ", found " + Quote(s));
        IdClaim.emplace(Child(key), s);
        return s;
    }

    template <typename Read>
    void EachOf(const json* v, const std::string& pointer, std::size_t min_count, Read read)
    {
        if (!v)
            return;
        if (!v->is_array())
            return Fail(pointer, "expected an array, found " + Describe(*v));
        if (v->size() > MaxListLength)
            return Fail(pointer, "has " + std::to_string(v->size()) + " entries, more than the " + std::to_string(MaxListLength) + " allowed");
        if (v->size() < min_count)
            return Fail(pointer, min_count == 1 ? "must not be empty" : "needs at least " + std::to_string(min_count) + " entries");
        for (std::size_t i = 0; i < v->size(); i++)
            read((*v)[i], pointer + "/" + std::to_string(i));
    }

    const json& Value;
    std::string Pointer;
    std::string Noun;
    FileLog& Log;
    std::vector<Problem> Errors;
    std::vector<Problem> Notes;                                 // reported, but the entry is kept
    std::optional<std::pair<std::string, std::string>> IdClaim; // pointer, id
    bool ReportedShape = false;
};

//-----------------------------------------------------------------------------
// [SECTION] One reader per file
//-----------------------------------------------------------------------------

// The member `key` of `root` (a top-level one, or of the object at `parent`) if it has the right type, else
// nullptr (reported at its pointer).
const json* Member(const json& root, const char* key, bool want_array, FileLog& log, const std::string& parent = "")
{
    const auto it = root.find(key);
    std::string error;
    if (it == root.end())
        error = "required field is missing";
    else if (want_array ? !it->is_array() : !it->is_object())
        error = std::string("expected ") + (want_array ? "an array" : "an object") + ", found " + Describe(*it);
    else if (want_array && it->empty())
        error = "must not be empty";
    else if (want_array && it->size() > MaxListLength)
        error = "has " + std::to_string(it->size()) + " entries, more than the " + std::to_string(MaxListLength) + " allowed";
    if (error.empty())
        return &*it;
    log.Add(parent + "/" + key, error + "; nothing from it loads");
    return nullptr;
}

// Reads the array root[key] with read(Entry&) -> T, keeping the entries that pass. `parent`: root's own pointer
// ("/money"), "" for the file's top; `pointers`, when given, gets the pointer of each entry kept.
template <typename T, typename Read>
std::vector<T> ReadList(const json& root, const char* key, const char* noun, FileLog& log, Read read, const std::string& parent = "",
                        std::vector<std::string>* pointers = nullptr)
{
    std::vector<T> out;
    const json* list = Member(root, key, true, log, parent);
    if (!list)
        return out;
    for (std::size_t i = 0; i < list->size(); i++) {
        const std::string at = parent + "/" + key + "/" + std::to_string(i);
        Entry entry((*list)[i], at, noun, log);
        T item = read(entry);
        if (entry.Finish()) {
            out.push_back(std::move(item));
            if (pointers) pointers->push_back(at);
        }
    }
    return out;
}

struct Loading {
    Dataset& Data;
    KnownIds Sources{ "source", "sources.json", {}, false }; // checked once sources.json has loaded
};

void ReadSources(const json& root, FileLog& log, Loading& loading)
{
    loading.Data.Sources = ReadList<Source>(root, "sources", "source", log, [](Entry& e) {
        Source s;
        s.Id = e.Id("id");
        s.Publisher = e.Text("publisher");
        s.Title = e.Text("title");
        s.Url = e.Url("url");
        s.Date = e.Date("date", Blank::Allowed);
        return s;
    });
    loading.Sources = IdsOf(loading.Data.Sources, "source", "sources.json");
}

void ReadProgramme(const json& root, FileLog& log, Loading& loading)
{
    const KnownIds& sources = loading.Sources;
    if (root.contains("intro")) { // optional: without it the Programme starts with its key figures
        if (const json* intro = Member(root, "intro", false, log)) {
            Entry e(*intro, "/intro", "intro", log);
            ProgrammeSection s;
            s.Paragraphs = e.TextList("paragraphs");
            s.Sources = e.Sources(sources);
            if (e.Finish()) loading.Data.Intro = std::move(s);
        }
    }
    loading.Data.Sections = ReadList<ProgrammeSection>(root, "sections", "section", log, [&](Entry& e) {
        ProgrammeSection s;
        s.Id = e.Id("id");
        s.Heading = e.Text("heading");
        s.Paragraphs = e.TextList("paragraphs");
        s.Sources = e.Sources(sources);
        return s;
    });
    loading.Data.Figures = ReadList<KeyFigure>(root, "figures", "figure", log, [&](Entry& e) {
        KeyFigure f;
        f.Id = e.Id("id");
        f.Value = e.Text("value");
        f.Caption = e.Text("caption");
        f.Caveat = e.Text("caveat", Blank::Allowed);
        f.Sources = e.Sources(sources);
        return f;
    });
    loading.Data.FundingTiers = ReadList<FundingTier>(root, "funding_tiers", "funding tier", log, [&](Entry& e) {
        FundingTier t;
        t.Id = e.Id("id");
        t.Label = e.Text("label");
        t.Trusts = e.WholeNumber("trusts", 1, 100);
        t.MaxEachGbpM = e.Number("max_each_gbp_m", 0, 100);
        t.TrustsApproximate = e.Flag("trusts_approximate");
        t.Caveat = e.Text("caveat", Blank::Allowed);
        t.Sources = e.Sources(sources);
        return t;
    });
}

void ReadTimeline(const json& root, FileLog& log, Loading& loading)
{
    auto& events = loading.Data.Timeline;
    events = ReadList<TimelineEvent>(root, "events", "event", log, [&](Entry& e) {
        TimelineEvent t;
        t.Date = e.Date("date");
        t.Title = e.Text("title");
        t.Detail = e.Text("detail", Blank::Allowed);
        t.Sources = e.Sources(loading.Sources);
        return t;
    });
    // "2016" < "2016-09" < "2016-09-07": the date strings sort as the dates do.
    StableSort(events, [](const TimelineEvent& a, const TimelineEvent& b) { return a.Date < b.Date; });
}

// The pairings between exemplars and fast followers, once every trust has loaded: each partner is a trust
// of the other tier that names this one back; a fast follower is named no earlier than its group and
// dropped after it was named. A bad partner is dropped from the list (the trust stays); a bad date is
// cleared.
// Whether date a is before date b, comparing as many parts as both have: "2017-09" is not before "2017-09-12".
bool DateBefore(const std::string& a, const std::string& b)
{
    const std::size_t n = std::min(a.size(), b.size());
    return a.compare(0, n, b, 0, n) < 0;
}

void CheckPairings(const json& root, FileLog& log, Dataset& data)
{
    // The trust's place in the file's array (entries that failed are still there), for the pointers.
    auto pointer = [&](const Trust& t, const std::string& rest) {
        const json& list = root.at("trusts");
        std::size_t i = 0;
        auto is_it = [&](const json& e) { // the entry whose "ods_code" is this trust's (no json == json in the wasm)
            const auto at = e.is_object() ? e.find("ods_code") : e.end();
            return at != e.end() && at->is_string() && at->get_ref<const std::string&>() == t.OdsCode;
        };
        while (i < list.size() && !is_it(list[i])) i++;
        return "/trusts/" + std::to_string(i) + rest;
    };
    auto lists = [](const Trust& t, const std::string& ods) { return std::find(t.Partners.begin(), t.Partners.end(), ods) != t.Partners.end(); };

    std::vector<std::vector<std::string>> kept(data.Trusts.size());
    for (std::size_t i = 0; i < data.Trusts.size(); i++) {
        const Trust& t = data.Trusts[i];
        const TrustTier tier = TierOf(data, t);
        for (std::size_t j = 0; j < t.Partners.size(); j++) {
            const std::string& ods = t.Partners[j];
            const std::string where = pointer(t, "/partners/" + std::to_string(j));
            const Trust* p = data.FindTrust(ods);
            if (!p)
                log.Add(where, Quote(ods) + " is not a trust in this file; this partner is dropped");
            else if (TierOf(data, *p) == tier)
                log.Add(where, Quote(ods) + " is " + (tier == TrustTier::Exemplar ? "an exemplar too" : "a fast follower too") +
                                   ": a partner must be of the other tier; this partner is dropped");
            else if (!lists(*p, t.OdsCode))
                log.Add(where, Quote(ods) + " does not list " + Quote(t.OdsCode) + " among its partners (" + pointer(*p, "/partners") +
                                   "): a pairing is written on both trusts; this partner is dropped");
            else if (ods == t.OdsCode || std::count(t.Partners.begin(), t.Partners.end(), ods) > 1)
                log.Add(where, Quote(ods) + " is listed more than once; this partner is dropped");
            else
                kept[i].push_back(ods);
        }
    }
    for (std::size_t i = 0; i < data.Trusts.size(); i++) {
        Trust& t = data.Trusts[i];
        t.Partners = std::move(kept[i]);
        const TrustGroup* g = data.FindGroup(t.Group);
        const bool follower = TierOf(data, t) == TrustTier::FastFollower;
        if (!t.Named.empty() && g && DateBefore(t.Named, g->Date)) {
            log.Add(pointer(t, "/named"), Quote(t.Named) + " is before its group was announced (" + g->Date + "); the date is not shown");
            t.Named.clear();
        }
        if (!t.Dropped.empty() && !follower) {
            log.Add(pointer(t, "/dropped"), "only a fast follower's pairing can be dropped, and " + Quote(t.OdsCode) + " is an exemplar; the date is not shown");
            t.Dropped.clear();
        } else if (!t.Dropped.empty() && DateBefore(t.Dropped, t.Named)) {
            log.Add(pointer(t, "/dropped"), Quote(t.Dropped) + " is before the trust was named (" + t.Named + "); the date is not shown");
            t.Dropped.clear();
        }
    }
}

// "Where the money went" (trusts.json /money). Each row names the groups whose trusts it counts and agrees with
// them on the money; it counts as many trusts as the list holds (dropped pairings left out) or says why not in
// its count_note; every group is in one row, so the table covers the whole list. A total names the rows it
// counts. A row or total with a bad field is skipped; a row that disagrees with the list is kept and reported.
void ReadMoney(const json& root, FileLog& log, Loading& loading)
{
    Dataset& data = loading.Data;
    const json* money = Member(root, "money", false, log);
    if (!money) return;
    const KnownIds groups = IdsOf(data.Groups, "group", "/groups");
    std::vector<std::string> row_at; // each row's pointer, for what is said of it below
    data.MoneyRows = ReadList<MoneyRow>(
        *money, "rows", "row", log, [&](Entry& e) {
        MoneyRow r;
        r.Id = e.Id("id");
        r.Label = e.Text("label");
        r.Groups = e.RefList("groups", groups, 0);
        r.Trusts = e.WholeNumber("trusts", 1, 100);
        r.TrustsApproximate = e.Flag("trusts_approximate");
        r.UpToGbpM = e.Number("up_to_gbp_m", 0, 100);
        r.Shared = e.Flag("shared");
        r.Matched = e.Flag("matched");
        r.CountNote = e.Text("count_note", Blank::Allowed);
        r.Sources = e.Sources(loading.Sources);
        return r; }, "/money", &row_at);
    const KnownIds rows = IdsOf(data.MoneyRows, "row", "/money/rows");
    data.Totals = ReadList<PublishedTotal>(
        *money, "totals", "total", log, [&](Entry& e) {
        PublishedTotal t;
        t.Id = e.Id("id");
        t.Value = e.Text("value");
        t.GbpM = e.Number("gbp_m", 0, 10000);
        if (e.Has("rows")) t.Rows = e.RefList("rows", rows);
        t.What = e.Text("what");
        t.Sources = e.Sources(loading.Sources);
        return t; }, "/money");

    std::vector<std::string> row_of_group(data.Groups.size()); // by the group's place in /groups: the pointer of its row
    for (std::size_t i = 0; i < data.MoneyRows.size(); i++) {
        const MoneyRow& r = data.MoneyRows[i];
        const std::string& at = row_at[i];
        for (std::size_t j = 0; j < r.Groups.size(); j++) {
            const TrustGroup* g = data.FindGroup(r.Groups[j]);
            if (!g) continue;
            std::string& counted_by = row_of_group[static_cast<std::size_t>(g - data.Groups.data())];
            if (!counted_by.empty()) log.Add(at + "/groups/" + std::to_string(j), Quote(g->Id) + " is counted by " + counted_by + " already: a group belongs in one row");
            else counted_by = at;
            const char* field = g->UpToGbpM != r.UpToGbpM ? "/up_to_gbp_m" : g->Shared != r.Shared ? "/shared"
                                                                         : g->Matched != r.Matched ? "/matched"
                                                                                                   : nullptr;
            if (field) log.Add(at + field, "does not agree with the group " + Quote(g->Id) + " (/groups): the row and its groups must give the same money");
        }
        const int listed = ListedTrusts(data, r);
        if (listed != r.Trusts && r.CountNote.empty())
            log.Add(at + "/count_note", "the row counts " + std::to_string(r.Trusts) + " trusts but /trusts lists " + std::to_string(listed) +
                                            " in its groups: say why here, or correct " + at + "/trusts");
    }
    for (std::size_t i = 0; i < data.Groups.size(); i++)
        if (row_of_group[i].empty()) log.Add("/money/rows", "no row counts the group " + Quote(data.Groups[i].Id) + ": every group of /groups belongs in one row");
}

void ReadTrusts(const json& root, FileLog& log, Loading& loading)
{
    static const std::vector<std::string> tier_keys = { TierKey(TrustTier::Exemplar), TierKey(TrustTier::FastFollower) };
    loading.Data.Groups = ReadList<TrustGroup>(root, "groups", "group", log, [&](Entry& e) {
        TrustGroup g;
        g.Id = e.Id("id");
        g.Label = e.Text("label");
        g.Date = e.Date("date");
        if (e.Has("tier") && e.Choice("tier", tier_keys) == 1)
            g.Tier = TrustTier::FastFollower;
        if (e.Has("up_to_gbp_m"))
            g.UpToGbpM = e.Number("up_to_gbp_m", 0, 100);
        if (e.Has("shared"))
            g.Shared = e.Flag("shared");
        if (e.Has("matched"))
            g.Matched = e.Flag("matched");
        if (e.Has("funding_sources"))
            g.FundingSources = e.RefList("funding_sources", loading.Sources);
        return g;
    });
    const KnownIds groups = IdsOf(loading.Data.Groups, "group", "/groups");
    loading.Data.Trusts = ReadList<Trust>(root, "trusts", "trust", log, [&](Entry& e) {
        Trust t;
        t.OdsCode = e.OdsCode("ods_code");
        t.OfficialName = e.Text("official_name");
        t.NameAsAnnounced = e.Text("name_as_announced");
        t.Group = e.Ref("group", groups);
        t.MainTown = e.Text("main_town");
        t.Region = e.Text("region");
        t.MainHospital = e.Text("main_hospital", Blank::Allowed);
        t.RecordSystem = e.Text("record_system", Blank::Allowed);
        t.Lat = e.Number("lat", 49.8, 60.9);
        t.Lon = e.Number("lon", -8.7, 1.8);
        t.CoordinatesApproximate = e.Flag("coordinates_approximate");
        t.Later = e.Text("later", Blank::Allowed);
        t.Partners = e.OdsCodeList("partners");
        if (e.Has("named"))
            t.Named = e.Date("named");
        if (e.Has("dropped"))
            t.Dropped = e.Date("dropped");
        t.Sources = e.Sources(loading.Sources);
        return t;
    });
    CheckPairings(root, log, loading.Data);
    const char* const money = "money"; // optional; found as Member finds (one lookup for every key)
    if (root.is_object() && root.find(money) != root.end()) ReadMoney(root, log, loading);
    if (root.is_object() && root.contains("places"))
        loading.Data.Places = ReadList<Place>(root, "places", "place", log, [](Entry& e) {
            Place p;
            p.Name = e.Text("name");
            p.Region = e.Text("region");
            p.Lat = e.Number("lat", 49.8, 60.9);
            p.Lon = e.Number("lon", -8.7, 1.8);
            return p;
        });
}

void ReadApps(const json& root, FileLog& log, Loading& loading)
{
    Dataset& data = loading.Data;
    if (const json* listing = Member(root, "listing", false, log)) {
        Entry e(*listing, "/listing", "listing", log);
        AppsListing l;
        l.AsOf = e.Date("as_of");
        l.Closed = e.Date("closed");
        l.Note = e.Text("note");
        l.Sources = e.Sources(loading.Sources);
        if (e.Finish())
            data.Listing = std::move(l);
    }
    data.Categories = ReadList<Category>(root, "categories", "category", log, [](Entry& e) {
        Category c;
        c.Id = e.Id("id");
        c.Label = e.Text("label");
        return c;
    });
    const KnownIds categories = IdsOf(data.Categories, "category", "/categories");

    std::vector<std::string> platform_keys, badge_keys;
    for (Platform_ p : AllPlatforms)
        platform_keys.push_back(PlatformKey(p));
    for (Badge b : AllBadges) // a data file writes "no label recorded" as "", not as the filter's "none"
        badge_keys.push_back(b == Badge::None ? "" : BadgeKey(b));

    data.Apps = ReadList<App>(root, "apps", "app", log, [&](Entry& e) {
        App a;
        a.Id = e.Id("id");
        a.Name = e.Text("name");
        a.Developer = e.Text("developer", Blank::Allowed);
        a.Categories = e.RefList("categories", categories);
        e.Each("platforms", [&](const json& v, const std::string& pointer) {
            if (int i = e.Choice(&v, pointer, platform_keys); i >= 0)
                a.Platforms |= AllPlatforms[i];
        });
        a.Cost = e.Text("cost", Blank::Allowed);
        if (int i = e.Choice("badge", badge_keys); i >= 0)
            a.AppBadge = AllBadges[i];
        a.Description = e.Text("description");
        a.Url = e.Url("url", Blank::Allowed); // "": no address of the app's own is known
        if (e.Has("stores")) {
            Entry stores = e.Part("stores", "app's store links");
            if (stores.Has("app_store")) a.AppStore = stores.StoreUrl("app_store", "the App Store", { "apps.apple.com", "itunes.apple.com" });
            if (stores.Has("google_play")) a.GooglePlay = stores.StoreUrl("google_play", "Google Play", { "play.google.com" });
            e.Adopt(stores);
        }
        a.Listed = e.Date("listed");
        if (e.Has("closed"))
            a.Closed = e.Date("closed", Blank::Allowed);
        a.Sources = e.Sources(loading.Sources);
        return a;
    });
}

void ReadWearables(const json& root, FileLog& log, Loading& loading)
{
    loading.Data.Topics = ReadList<WearableTopic>(root, "topics", "topic", log, [&](Entry& e) {
        WearableTopic t;
        t.Id = e.Id("id");
        t.Title = e.Text("title");
        t.Summary = e.Text("summary");
        t.Points = e.TextList("points");
        t.Sources = e.Sources(loading.Sources);
        if (e.Has("urgent")) {
            Entry urgent = e.Part("urgent", "urgent advice");
            t.Urgent.Heading = urgent.Text("heading");
            t.Urgent.Signs = urgent.TextList("signs");
            t.Urgent.Note = urgent.Text("note", Blank::Allowed);
            t.Urgent.NonUrgent = urgent.Text("non_urgent", Blank::Allowed);
            t.Urgent.AlertWords = urgent.TextList("alert_words");
            t.Urgent.Sources = urgent.Sources(loading.Sources);
            e.Adopt(urgent);
        }
        return t;
    });
    const KnownIds topics = IdsOf(loading.Data.Topics, "topic", "/topics");
    loading.Data.Checklist = ReadList<ChecklistItem>(root, "checklist", "checklist item", log, [&](Entry& e) {
        ChecklistItem c;
        c.Text = e.Text("text");
        c.Topic = e.Ref("topic", topics);
        return c;
    });
}

void ReadSynonyms(const json& root, FileLog& log, Loading& loading)
{
    loading.Data.SynonymGroups = ReadList<std::vector<std::string>>(root, "groups", "synonym group", log,
                                                                    [](Entry& e) { return e.OwnTexts(2); });
}

struct FileReader {
    const char* Name;
    void (*Read)(const json& root, FileLog& log, Loading& loading);
};

// sources.json comes first: every other file cites it.
const FileReader FileReaders[] = {
    { "sources.json", ReadSources },
    { "programme.json", ReadProgramme },
    { "timeline.json", ReadTimeline },
    { "trusts.json", ReadTrusts },
    { "apps.json", ReadApps },
    { "wearables.json", ReadWearables },
    { "synonyms.json", ReadSynonyms },
};

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] LoadDataset
//-----------------------------------------------------------------------------

const std::vector<std::string>& DataFileNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const FileReader& reader : FileReaders)
            out.push_back(reader.Name);
        return out;
    }();
    return names;
}

struct DatasetLoader::State {
    explicit State(const std::vector<DataFile>& files) : Files(files) {}
    const std::vector<DataFile>& Files;
    LoadResult Result;
    Loading Load{ Result.Data };
    std::size_t Next = 0;
};

DatasetLoader::DatasetLoader(const std::vector<DataFile>& files) : S(std::make_unique<State>(files)) {}
DatasetLoader::~DatasetLoader() = default;

bool DatasetLoader::Done() const { return S->Next >= std::size(FileReaders); }

void DatasetLoader::LoadNext()
{
    if (Done()) return;
    const FileReader& reader = FileReaders[S->Next++];
    FileLog log{ reader.Name, S->Result.Problems, {}, 0 };
    const auto file = std::find_if(S->Files.begin(), S->Files.end(), [&](const DataFile& f) { return f.Name == reader.Name; });
    std::string error;
    std::optional<json> root;
    if (file == S->Files.end())
        error = "file is missing";
    else
        root = ParseFile(file->Text, error, log);
    if (!root) {
        const bool is_sources = reader.Read == ReadSources;
        log.Add("", error + "; this file is skipped" + (is_sources ? ", so the sources cited by other files are not checked" : ""));
        log.Close();
        return;
    }
    reader.Read(*root, log, S->Load);
    log.Close();
}

LoadResult DatasetLoader::Take()
{
    while (!Done()) LoadNext();
    return std::move(S->Result);
}

LoadResult LoadDataset(const std::vector<DataFile>& files)
{
    DatasetLoader loader(files);
    return loader.Take();
}

std::string FormatProblem(const Problem& p)
{
    return p.File + ": " + (p.Pointer.empty() ? "" : p.Pointer + ": ") + p.Message;
}

} // namespace core
