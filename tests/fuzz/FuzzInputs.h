#pragma once

// The inputs a fuzz target's replay test runs under ctest: every input that once broke the
// target (regressions/NAME) and its seed corpus (corpus/NAME), one QTest data row each.

#include <QDir>
#include <QFile>
#include <QTest>

namespace FuzzInputs {

// Adds a "path" column and one row per file; fails the test when there are none.
inline void addRows(const QString &fuzzDir, const QString &name) {
    QTest::addColumn<QString>("path");
    int count = 0;
    for (const QString &folder :
         {QStringLiteral("regressions/") + name, QStringLiteral("corpus/") + name}) {
        const QDir dir(QDir(fuzzDir).filePath(folder));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + file)) << dir.filePath(file);
            ++count;
        }
    }
    QVERIFY2(count > 0, qPrintable(QStringLiteral("no fuzz inputs for %1 under %2").arg(name, fuzzDir)));
}

inline QByteArray read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return file.readAll();
}

} // namespace FuzzInputs
