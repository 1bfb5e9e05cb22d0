// stable_sort.h — one stable sort for the whole app (layer: core). Each std::sort or std::stable_sort with its
// own comparison puts a full sorting algorithm into the wasm (about 1 KB gzip apiece at -Oz, 4 KB for the
// four lists below); this keeps one merge sort, compiled once, and each list adds only its comparison.
// Used for the timeline, the trusts table, the sources and the map's dots under the pointer.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace core {

// Puts order[] (indices into some list) in the order `less(context, a, b)` gives, keeping equal ones as they
// were. O(n log n) time, n extra indices.
using IndexLess = bool (*)(const void* context, std::size_t a, std::size_t b);
void StableSortIndices(std::vector<std::size_t>& order, IndexLess less, const void* context);

// Sorts `items` by `less(a, b)`; items that compare equal keep their order.
template <class T, class Less>
void StableSort(std::vector<T>& items, const Less& less)
{
    struct Context {
        const std::vector<T>* Items;
        const Less* Compare;
    };
    const Context context{ &items, &less };
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    StableSortIndices(
        order, [](const void* c, std::size_t a, std::size_t b) {
            const Context& ctx = *static_cast<const Context*>(c);
            return (*ctx.Compare)((*ctx.Items)[a], (*ctx.Items)[b]);
        },
        &context);
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order) sorted.push_back(std::move(items[i]));
    items.swap(sorted);
}

} // namespace core
