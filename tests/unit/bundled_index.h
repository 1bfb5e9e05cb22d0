// bundled_index.h — the bundled data and its search index, loaded once for every test file that needs them.
#pragma once

#include "core/data_loader.h"
#include "core/search_index.h"

namespace testdata {

inline const core::Dataset& Data()
{
    static const core::Dataset data = core::LoadDataset(core::BundledDataFiles()).Data;
    return data;
}

inline const core::SearchIndex& Index()
{
    static const core::SearchIndex index = [] {
        core::SearchIndex i;
        i.Build(Data());
        return i;
    }();
    return index;
}

} // namespace testdata
