// trust_answer.h — "Was my trust part of it?": one plain sentence for a trust's name (current, former or as
// announced), its main hospital or its town, and for a place not in the programme, the trusts of its region
// nearest first (layer: core). Used by the trusts screen, the search screen and `appfinder-cli search --all`.
#pragma once

#include "core/model.h"

#include <string>
#include <vector>

namespace core {

// What a trust's tier meant in money: "up to £5m from the centre, matched locally"; "" when not known.
std::string TrustMoney(const Dataset& d, const Trust& t);
// One sentence on the trust's part in the programme: "Countess of Chester Hospital NHS Foundation Trust was
// a fast follower, paired with the exemplar Wirral University Teaching Hospital NHS Foundation Trust in
// September 2017 (up to £5m from the centre, matched locally)."
std::string TrustSentence(const Dataset& d, const Trust& t);

struct TrustAnswer {
    std::vector<const Trust*> Trusts;     // the trusts the words name, best first; empty when none
    std::vector<std::string> Sentences;   // one a trust, in the same order
    std::string NotInProgramme;           // when no trust matches but the words are a place or look like a name: the plain "no"
    std::string Region;                   // that place's region, when known
    std::vector<const Trust*> SameRegion; // the region's trusts, nearest the place first
    bool Any() const { return !Trusts.empty() || !NotInProgramme.empty(); }
};

// The answer for the words typed; nothing (Any() false) for words too short or too general to be a name
// or a place ("the", "nhs", "trust", fewer than 3 letters).
TrustAnswer AnswerTrustQuestion(const Dataset& d, const std::string& words);

} // namespace core
