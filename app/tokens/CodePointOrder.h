#pragma once

#include <QStringView>

#include <algorithm>
#include <vector>

// Positions 0..n-1 of `values`, ordered by the strings' UTF-16 code units (QString::compare
// order); equal strings keep their positions' order. Built for 100,000 values: most
// comparisons are of two integers holding the first eight code units.
std::vector<int> codePointOrder(const std::vector<QStringView> &values);

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
