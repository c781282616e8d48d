#include "CodePointOrder.h"

#include <QtGlobal>

#include <algorithm>

namespace {

// Four UTF-16 units from `from`, packed so that integer order is code-unit order; a shorter
// string pads with zeros, which sort first as a shorter prefix does.
quint64 packUnits(QStringView text, qsizetype from) {
    quint64 key = 0;
    for (qsizetype i = from; i < from + 4; ++i)
        key = (key << 16) | (i < text.size() ? text[i].unicode() : 0);
    return key;
}

struct Entry {
    quint64 head; // units 0-3
    quint64 next; // units 4-7
    int position;
};

} // namespace

std::vector<int> codePointOrder(const std::vector<QStringView> &values) {
    std::vector<Entry> entries(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        entries[i] = {packUnits(values[i], 0), packUnits(values[i], 4), int(i)};
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        if (a.head != b.head)
            return a.head < b.head;
        if (a.next != b.next)
            return a.next < b.next;
        // Padding zeros equal real U+0000 units: only the whole strings can tell.
        const int c = values[size_t(a.position)].compare(values[size_t(b.position)]);
        return c != 0 ? c < 0 : a.position < b.position;
    });
    std::vector<int> order(values.size());
    for (size_t i = 0; i < entries.size(); ++i)
        order[i] = entries[i].position;
    return order;
}
