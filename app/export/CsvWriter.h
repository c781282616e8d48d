#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8: CRLF line ends; a field holding a comma, a quote, CR or LF
// is quoted, with quotes doubled. A cell that a spreadsheet would run as a formula (one that
// starts with =, +, -, @, a tab or CR) is written with a leading apostrophe, so opening an
// export never runs what a server or another admin typed into a description.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device);

    // Writes one record. Returns false when the device refused the bytes.
    bool writeRow(const QStringList &cells);

    // One cell as it is written: guarded, then quoted when it must be.
    static QString field(const QString &cell);
    // The cell with an apostrophe before it when it would start a formula.
    static QString guardFormula(const QString &cell);

private:
    QIODevice *m_device;
};
