#include "TokenExport.h"

#include "CsvWriter.h"
#include "Rfc3339.h"
#include "TokenFilterModel.h"
#include "TokenJson.h"
#include "TokenTableModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace TokenExport {

QList<Row> rowsShown(const TokenFilterModel &view) {
    const auto *tokens = qobject_cast<const TokenTableModel *>(view.sourceModel());
    QList<Row> rows;
    if (!tokens)
        return rows;
    rows.reserve(view.rowCount());
    for (int row = 0; row < view.rowCount(); ++row) {
        const int source = view.mapToSource(view.index(row, 0)).row();
        rows.append({tokens->tokenAt(source), tokens->statusAt(source), tokens->flagsAt(source)});
    }
    return rows;
}

QStringList csvHeader() {
    // Machine-read column names: not translated, so a script reads any user's export.
    return {QStringLiteral("id"),          QStringLiteral("description"),
            QStringLiteral("status"),      QStringLiteral("createdAt"),
            QStringLiteral("expiresAt"),   QStringLiteral("revokedAt"),
            QStringLiteral("permissions"), QStringLiteral("flags")};
}

QStringList csvRecord(const Row &row) {
    const Token &token = row.token;
    QStringList permissions;
    for (const Permission &permission : token.permissions)
        permissions.append(permission.resource + QLatin1Char(':') + permission.action);
    auto time = [](const QDateTime &dateTime) {
        return dateTime.isValid() ? formatRfc3339(dateTime.toUTC()) : QString();
    };
    return {token.id,
            token.description,
            tokenStatusText(row.status),
            time(token.createdAt),
            time(token.expiresAt),
            time(token.revokedAt),
            permissions.join(QLatin1Char(';')),
            tokenFlagTexts(row.flags).join(QLatin1Char(';'))};
}

bool writeCsv(QIODevice *device, const QList<Row> &rows) {
    CsvWriter writer(device);
    if (!writer.writeRow(csvHeader()))
        return false;
    for (const Row &row : rows) {
        if (!writer.writeRow(csvRecord(row)))
            return false;
    }
    return true;
}

QByteArray json(const QList<Row> &rows) {
    QJsonArray array;
    for (const Row &row : rows)
        array.append(TokenJson::encodeToken(row.token));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool save(const QString &path, Format format, const QList<Row> &rows, QString *error) {
    QSaveFile file(path);
    auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate("TokenExport", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    const bool written =
        format == Format::Csv ? writeCsv(&file, rows) : file.write(json(rows)) >= 0;
    if (!written)
        return fail();
    if (!file.commit()) // a full disk shows here, and the old file stays as it was
        return fail();
    return true;
}

} // namespace TokenExport
