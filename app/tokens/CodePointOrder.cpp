#include "CodePointOrder.h"

#include <QtGlobal>

#include <algorithm>

namespace {

// Four UTF-16 units from `from`, packed so that integer order is code-unit order; a shorter
// string pads with zeros.
quint64 packUnits(QStringView text, qsizetype from) {
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

// Sorts entries[first, last), whose strings agree on their first `offset` units, by the
// eight units from `offset` on; each run still equal there is sorted on the next eight.
// Names, descriptions and IDs share long prefixes, so this beats comparing whole strings.
void sortFrom(const std::vector<QStringView> &values, std::vector<Entry> &entries, size_t first,
              size_t last, qsizetype offset) {
    for (size_t i = first; i < last; ++i) {
        const QStringView value = values[size_t(entries[i].position)];
        entries[i].head = packUnits(value, offset);
        entries[i].next = packUnits(value, offset + 4);
    }
    std::sort(entries.begin() + qsizetype(first), entries.begin() + qsizetype(last),
              [](const Entry &a, const Entry &b) {
                  return a.head != b.head ? a.head < b.head : a.next < b.next;
              });
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

std::vector<int> codePointOrder(const std::vector<QStringView> &values) {
    std::vector<Entry> entries(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        entries[i].position = int(i);
    sortFrom(values, entries, 0, entries.size(), 0);
    std::vector<int> order(values.size());
    for (size_t i = 0; i < entries.size(); ++i)
        order[i] = entries[i].position;
    return order;
}
