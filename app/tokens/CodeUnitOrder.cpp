#include "CodeUnitOrder.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

// Four UTF-16 units from `from`, packed so that integer order is code-unit order; a shorter
// string pads with zeros.
quint64 packUnits(QStringView text, qsizetype from) {
    if (text.size() >= from + 4) { // one load, the units put in order
        quint64 units;
        std::memcpy(&units, text.utf16() + from, sizeof units);
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            units = (units << 32) | (units >> 32);
            units =
                ((units & 0x0000FFFF0000FFFFULL) << 16) | ((units >> 16) & 0x0000FFFF0000FFFFULL);
        }
        return units;
    }
    quint64 key = 0;
    for (qsizetype i = from; i < from + 4; ++i)
        key = (key << 16) | (i < text.size() ? text[i].unicode() : 0);
    return key;
}

struct Entry {
    quint64 head; // units offset..offset+3
    quint64 next; // units offset+4..offset+7
    int position;
};

// Sorts entries[first, last) by head, keeping the order of equal heads: one counting pass
// per byte of the head, and none for a byte every head shares (the high byte of ASCII).
void radixSortByHead(std::vector<Entry> &entries, size_t first, size_t last) {
    const size_t n = last - first;
    std::vector<Entry> buffer(n);
    Entry *from = entries.data() + first;
    Entry *to = buffer.data();
    for (int shift = 0; shift < 64; shift += 8) {
        std::array<size_t, 257> start{};
        for (size_t i = 0; i < n; ++i)
            ++start[((from[i].head >> shift) & 0xFF) + 1];
        if (std::find(start.begin() + 1, start.end(), n) != start.end())
            continue; // every head has the same byte here
        for (size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        for (size_t i = 0; i < n; ++i)
            to[start[(from[i].head >> shift) & 0xFF]++] = from[i];
        std::swap(from, to);
    }
    if (from != entries.data() + first)
        std::copy(from, from + n, entries.data() + first);
}

// Sorts entries[first, last), whose strings agree on their first `offset` units, by the
// eight units from `offset` on; each run still equal there is sorted on the next eight.
// Names, descriptions and IDs share long prefixes, so this beats comparing whole strings.
// `known`, when given, holds the keys at offset 0 (entries still in position order).
void sortFrom(const std::vector<QStringView> &values, std::vector<Entry> &entries, size_t first,
              size_t last, qsizetype offset, const std::vector<CodeUnitKey> *known = nullptr) {
    for (size_t i = first; i < last; ++i) {
        if (known) {
            entries[i].head = (*known)[i].head;
            entries[i].next = (*known)[i].next;
            continue;
        }
        const QStringView value = values[size_t(entries[i].position)];
        entries[i].head = packUnits(value, offset);
        entries[i].next = packUnits(value, offset + 4);
    }
    auto byHeadThenNext = [](const Entry &a, const Entry &b) {
        return a.head != b.head ? a.head < b.head : a.next < b.next;
    };
    if (last - first < 256) {
        std::sort(entries.begin() + qsizetype(first), entries.begin() + qsizetype(last),
                  byHeadThenNext);
    } else {
        // Many strings: order the heads by counting, then the few that share one by compare.
        radixSortByHead(entries, first, last);
        for (size_t run = first; run < last;) {
            size_t end = run + 1;
            while (end < last && entries[end].head == entries[run].head)
                ++end;
            if (end - run > 1)
                std::sort(entries.begin() + qsizetype(run), entries.begin() + qsizetype(end),
                          byHeadThenNext);
            run = end;
        }
    }
    for (size_t run = first; run < last;) {
        size_t end = run + 1;
        while (end < last && entries[end].head == entries[run].head &&
               entries[end].next == entries[run].next)
            ++end;
        if (end - run > 1) {
            bool longer = false; // does any string go on past these eight units?
            for (size_t i = run; i < end && !longer; ++i)
                longer = values[size_t(entries[i].position)].size() > offset + 8;
            if (longer) {
                sortFrom(values, entries, run, end, offset + 8);
            } else {
                // All end here; the padding made "a" and "a\0" look alike: shorter first,
                // then equal strings by position.
                std::sort(entries.begin() + qsizetype(run), entries.begin() + qsizetype(end),
                          [&](const Entry &a, const Entry &b) {
                              const qsizetype sa = values[size_t(a.position)].size();
                              const qsizetype sb = values[size_t(b.position)].size();
                              return sa != sb ? sa < sb : a.position < b.position;
                          });
            }
        }
        run = end;
    }
}

} // namespace

CodeUnitKey codeUnitKey(QStringView text) {
    return {packUnits(text, 0), packUnits(text, 4)};
}

std::vector<int> codeUnitOrder(const std::vector<QStringView> &values,
                               const std::vector<CodeUnitKey> *keys) {
    Q_ASSERT(!keys || keys->size() == values.size());
    std::vector<Entry> entries(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        entries[i].position = int(i);
    sortFrom(values, entries, 0, entries.size(), 0, keys);
    std::vector<int> positions(values.size());
    for (size_t i = 0; i < entries.size(); ++i)
        positions[i] = entries[i].position;
    return positions;
}
