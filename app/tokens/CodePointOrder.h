#pragma once

#include <QStringView>

#include <vector>

// Positions 0..n-1 of `values`, ordered by the strings' UTF-16 code units (QString::compare
// order); equal strings keep their positions' order. Built for 100,000 values: most
// comparisons are of two integers holding the first eight code units.
std::vector<int> codePointOrder(const std::vector<QStringView> &values);
