// synthetic_catalogue.h — a made-up but realistic-looking catalogue of any number of apps, for timing search
// (layer: core). Deterministic: the same count and seed give the same bytes on every platform and libc,
// because it uses its own PRNG (splitmix64) rather than <random>'s distributions.
#pragma once

#include "core/model.h"

#include <cstddef>
#include <cstdint>

namespace core {

constexpr std::uint64_t SyntheticSeed = 20201101;

// app_count apps over 20 health categories, brand names made of syllables (so the dictionary grows as real
// catalogues do), descriptions from sentence templates; plus a few topics, trusts, programme sections,
// figures and events, and the health synonym groups, so every result kind is exercised.
Dataset MakeSyntheticCatalogue(std::size_t app_count, std::uint64_t seed = SyntheticSeed);

} // namespace core
