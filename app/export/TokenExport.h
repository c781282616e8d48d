#pragma once

#include "Token.h"
#include "TokenFlags.h"
#include "TokenStatus.h"

#include <QList>
#include <QString>

class QIODevice;
class TokenFilterModel;

// Writes the tokens a view shows to a file, for an audit: CSV or the API's own JSON. A token
// holds no secret, so none can be written.
namespace TokenExport {

enum class Format { Csv, Json };

struct Row {
    Token token;
    TokenStatus status = TokenStatus::Active;
    TokenFlags flags;
};

// Exactly the rows `view` shows, in its order.
QList<Row> rowsShown(const TokenFilterModel &view);

// RFC 4180 CSV (CsvWriter): a header, then one record per token; times in RFC 3339 UTC,
// permissions as database:action joined by ";", flags as words joined by ";".
QStringList csvHeader();
QStringList csvRecord(const Row &row);
bool writeCsv(QIODevice *device, const QList<Row> &rows);
// The API's token objects, as a JSON array.
QByteArray json(const QList<Row> &rows);

// Writes through QSaveFile: the file appears whole or not at all. False, with a sentence in
// `error` naming the file and the reason, when it could not be written.
bool save(const QString &path, Format format, const QList<Row> &rows, QString *error);

} // namespace TokenExport
