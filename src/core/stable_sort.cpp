// stable_sort.cpp — a bottom-up merge sort over indices (layer: core). See stable_sort.h.
#include "core/stable_sort.h"

namespace core {

void StableSortIndices(std::vector<std::size_t>& order, IndexLess less, const void* context)
{
    const std::size_t n = order.size();
    std::vector<std::size_t> spare(n);
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t lo = 0; lo < n; lo += 2 * width) {
            const std::size_t mid = lo + width < n ? lo + width : n;
            const std::size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            std::size_t i = lo, j = mid, k = lo;
            // The right run's item goes first only when strictly less: equal items keep their order.
            while (i < mid && j < hi) spare[k++] = less(context, order[j], order[i]) ? order[j++] : order[i++];
            while (i < mid) spare[k++] = order[i++];
            while (j < hi) spare[k++] = order[j++];
        }
        order.swap(spare);
    }
}

} // namespace core
