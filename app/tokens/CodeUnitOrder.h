#pragma once

#include <QStringView>

#include <algorithm>
#include <compare>
#include <vector>

// The first eight units of a string, packed so that integer order is code-unit order (a
// shorter string pads with zeros): a < b when key(a) < key(b); equal keys say nothing.
struct CodeUnitKey {
    quint64 head;
    quint64 next;
    friend auto operator<=>(const CodeUnitKey &, const CodeUnitKey &) = default;
};
CodeUnitKey codeUnitKey(QStringView text);

// Positions 0..n-1 of `values`, ordered by the strings' UTF-16 code units (QString::compare
// order); equal strings keep their positions' order. Built for 100,000 values: most
// comparisons are of two integers holding the first eight code units. `keys`, when given,
// holds codeUnitKey() of each value (in the values' order): the values' text is then read only
// where eight units do not tell two apart.
std::vector<int> codeUnitOrder(const std::vector<QStringView> &values,
                               const std::vector<CodeUnitKey> *keys = nullptr);

// a < b in that order; inline, as machine-made IDs nearly always differ in their first unit.
inline bool codeUnitLess(QStringView a, QStringView b) {
    const qsizetype n = std::min(a.size(), b.size());
    const char16_t *x = a.utf16();
    const char16_t *y = b.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i] != y[i])
            return x[i] < y[i];
    }
    return a.size() < b.size();
}
