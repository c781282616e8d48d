#include "ChangeHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

// The schema, one step per version: step N takes a database from user_version N to N + 1.
// A released step never changes; a new version adds a step.
const QList<QStringList> &migrationSteps() {
    static const QList<QStringList> steps{
        // 0 → 1: the table of requests.
        {QStringLiteral("CREATE TABLE changes ("
                        "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        "requested_at TEXT NOT NULL,"
                        "os_user TEXT NOT NULL DEFAULT '',"
                        "connection_name TEXT NOT NULL DEFAULT '',"
                        "product TEXT NOT NULL DEFAULT '',"
                        "account_id TEXT NOT NULL DEFAULT '',"
                        "cluster_id TEXT NOT NULL DEFAULT '',"
                        "host TEXT NOT NULL DEFAULT '',"
                        "operation TEXT NOT NULL,"
                        "token_id TEXT NOT NULL DEFAULT '',"
                        "description TEXT NOT NULL DEFAULT '',"
                        "permissions_before TEXT,"
                        "permissions_after TEXT,"
                        "outcome TEXT NOT NULL DEFAULT 'pending',"
                        "finished_at TEXT,"
                        "http_status INTEGER,"
                        "message TEXT NOT NULL DEFAULT '')")},
        // 1 → 2: bulk actions and rotations group their rows; a token's rows are found by
        // index, and so are rows by date (the window's filter, clearing old rows).
        {QStringLiteral("ALTER TABLE changes ADD COLUMN batch_id TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE changes ADD COLUMN related_token_id TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX changes_by_token ON changes (token_id)"),
         QStringLiteral("CREATE INDEX changes_by_time ON changes (requested_at)")},
        // 2 → 3: rotations whose old token is still to be revoked, remembered across runs.
        {QStringLiteral("CREATE TABLE rotations ("
                        "batch_id TEXT PRIMARY KEY,"
                        "old_token_id TEXT NOT NULL,"
                        "new_token_id TEXT NOT NULL,"
                        "replaced_at TEXT NOT NULL,"
                        "finished_at TEXT)"),
         QStringLiteral("CREATE INDEX rotations_by_old_token ON rotations (old_token_id)")},
    };
    return steps;
}

QString isoUtc(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Qt SQL binds a null QString as NULL; the text columns hold '' for "none".
QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableJson(const std::optional<QList<Permission>> &permissions) {
    return permissions ? QVariant(permissionsToJson(*permissions))
                       : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QList<Permission>> permissionsFromJson(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    QList<Permission> permissions;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        permissions.append(
            {item[QLatin1String("action")].toString(), item[QLatin1String("resource")].toString()});
    return permissions;
}

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is not a database we can trust.
bool isCorruption(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

int instanceCounter = 0;

} // namespace

ChangeHistory::ChangeHistory(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("TokenAdminHistory-%1").arg(++instanceCounter)) {}

ChangeHistory::~ChangeHistory() {
    close();
}

QString ChangeHistory::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

void ChangeHistory::close() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ChangeHistory::fail(const QString &problem) {
    const bool wasReady = m_state == State::Ready;
    m_state = State::Unavailable;
    m_problem = problem;
    if (wasReady)
        Q_EMIT becameUnavailable(problem);
}

bool ChangeHistory::open(const QString &path) {
    close();
    m_path = path;
    m_problem.clear();
    m_movedAsideTo.clear();
    m_state = State::Closed;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        fail(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    bool corrupt = false;
    if (openFile(&corrupt))
        return true;
    if (!corrupt)
        return false;
    // Kept for whoever wants to look at it or recover it; a new history starts beside it.
    close();
    if (!moveAside())
        return false;
    return openFile(&corrupt);
}

bool ChangeHistory::openFile(bool *corrupt) {
    *corrupt = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!db.open()) {
        fail(tr("The history database %1 cannot be opened: %2.")
                 .arg(shown, db.lastError().databaseText()));
        return false;
    }
    QSqlQuery query(db);
    // Any read of a file that is not a database fails here; quick_check finds damage within.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok")) {
        *corrupt =
            isCorruption(query.lastError()) || query.lastError().type() == QSqlError::NoError;
        fail(tr("The history database %1 cannot be read: %2.")
                 .arg(shown, query.lastError().type() == QSqlError::NoError
                                 ? tr("it is damaged")
                                 : query.lastError().databaseText()));
        return false;
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        fail(tr("The history database %1 cannot be written: %2.")
                 .arg(shown, query.lastError().type() == QSqlError::NoError
                                 ? tr("its folder does not allow it")
                                 : query.lastError().databaseText()));
        return false;
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        fail(tr("The history database %1 cannot be read: %2.")
                 .arg(shown, query.lastError().databaseText()));
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        fail(tr("The history database %1 was written by a newer version of Token Admin.")
                 .arg(shown));
        return false;
    }
    if (!migrate(version))
        return false;
    // A row still pending was left by a run that ended before its answer came.
    if (!query.exec(QStringLiteral("UPDATE changes SET outcome = 'unknown' "
                                   "WHERE outcome = 'pending'"))) {
        fail(tr("The history database %1 cannot be written: %2.")
                 .arg(shown, query.lastError().databaseText()));
        return false;
    }
    m_state = State::Ready;
    return true;
}

bool ChangeHistory::migrate(int from) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QList<QStringList> &steps = migrationSteps();
    for (int version = from; version < SchemaVersion; ++version) {
        // Each step whole or not at all: a crash in between leaves the previous version.
        bool ok = db.transaction();
        QSqlQuery query(db);
        for (const QString &statement : steps.at(version)) {
            if (!ok)
                break;
            ok = query.exec(statement);
        }
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        const QString error = query.lastError().databaseText();
        if (!ok || !db.commit()) {
            db.rollback();
            fail(tr("The history database %1 cannot be brought up to date: %2.")
                     .arg(QDir::toNativeSeparators(m_path),
                          error.isEmpty() ? db.lastError().databaseText() : error));
            return false;
        }
    }
    return true;
}

bool ChangeHistory::moveAside() {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = QStringLiteral("%1.corrupt-%2").arg(m_path, stamp);
    if (!QFile::rename(m_path, aside)) {
        fail(tr("The history database %1 is damaged and cannot be moved aside.")
                 .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    // Its journal belongs with it.
    for (const char *suffix : {"-wal", "-shm"})
        if (QFile::exists(m_path + QLatin1String(suffix)))
            QFile::rename(m_path + QLatin1String(suffix), aside + QLatin1String(suffix));
    m_movedAsideTo = aside;
    return true;
}

void ChangeHistory::continueWithoutHistory() {
    if (m_state == State::Ready)
        return;
    m_state = State::WithoutHistory;
}

bool ChangeHistory::recordRequest(HistoryEntry *entry) {
    entry->id = 0;
    entry->outcome = HistoryEntry::Outcome::Pending;
    if (entry->requestedAt.isNull())
        entry->requestedAt = QDateTime::currentDateTimeUtc();
    if (entry->osUser.isEmpty())
        entry->osUser = operatingSystemUser();
    if (m_state == State::WithoutHistory)
        return true;
    if (m_state != State::Ready)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO changes (requested_at, os_user, connection_name, product, account_id, "
        "cluster_id, host, operation, token_id, description, permissions_before, "
        "permissions_after, outcome, batch_id, related_token_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
    const QVariantList values{isoUtc(entry->requestedAt),
                              text(entry->osUser),
                              text(entry->connectionName),
                              text(entry->product),
                              text(entry->accountId),
                              text(entry->clusterId),
                              text(entry->host),
                              historyOperationName(entry->operation),
                              text(entry->tokenId),
                              text(entry->description),
                              nullableJson(entry->permissionsBefore),
                              nullableJson(entry->permissionsAfter),
                              text(entry->batchId),
                              text(entry->relatedTokenId)};
    for (const QVariant &value : values)
        query.addBindValue(value);
    // Outside a transaction each statement commits on its own: the row is on disk (in the
    // WAL) when exec() returns.
    if (!query.exec()) {
        fail(tr("The history database %1 cannot be written: %2.")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
        return false;
    }
    entry->id = query.lastInsertId().toLongLong();
    Q_EMIT changed();
    return true;
}

bool ChangeHistory::recordOutcome(const HistoryEntry &entry) {
    if (m_state != State::Ready || entry.id <= 0)
        return m_state == State::WithoutHistory;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "UPDATE changes SET outcome = ?, finished_at = ?, http_status = ?, message = ?, "
        "token_id = ?, description = ?, permissions_after = ? WHERE id = ?"));
    const QDateTime finished =
        entry.finishedAt.isNull() ? QDateTime::currentDateTimeUtc() : entry.finishedAt;
    query.addBindValue(historyOutcomeName(entry.outcome));
    query.addBindValue(isoUtc(finished));
    query.addBindValue(entry.httpStatus > 0 ? QVariant(entry.httpStatus)
                                            : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(text(entry.message));
    query.addBindValue(text(entry.tokenId));
    query.addBindValue(text(entry.description));
    query.addBindValue(nullableJson(entry.permissionsAfter));
    query.addBindValue(entry.id);
    if (!query.exec()) {
        fail(tr("The history database %1 cannot be written: %2.")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
        return false;
    }
    Q_EMIT changed();
    return true;
}

QList<HistoryEntry> ChangeHistory::entries(const QString &tokenId) const {
    QList<HistoryEntry> result;
    if (m_state != State::Ready)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT id, requested_at, os_user, connection_name, product, account_id, cluster_id, "
        "host, operation, token_id, description, permissions_before, permissions_after, "
        "outcome, finished_at, http_status, message, batch_id, related_token_id FROM changes");
    if (!tokenId.isEmpty())
        sql += QStringLiteral(" WHERE token_id = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY id DESC"));
    if (!tokenId.isEmpty())
        query.addBindValue(tokenId);
    if (!query.exec())
        return result;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.requestedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.osUser = query.value(2).toString();
        entry.connectionName = query.value(3).toString();
        entry.product = query.value(4).toString();
        entry.accountId = query.value(5).toString();
        entry.clusterId = query.value(6).toString();
        entry.host = query.value(7).toString();
        entry.operation =
            historyOperationFromName(query.value(8).toString()).value_or(entry.operation);
        entry.tokenId = query.value(9).toString();
        entry.description = query.value(10).toString();
        entry.permissionsBefore = permissionsFromJson(query.value(11));
        entry.permissionsAfter = permissionsFromJson(query.value(12));
        entry.outcome = historyOutcomeFromName(query.value(13).toString())
                            .value_or(HistoryEntry::Outcome::Unknown);
        entry.finishedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
        entry.httpStatus = query.value(15).toInt();
        entry.message = query.value(16).toString();
        entry.batchId = query.value(17).toString();
        entry.relatedTokenId = query.value(18).toString();
        result.append(entry);
    }
    return result;
}

QHash<QString, QList<Permission>> ChangeHistory::disabledTokens(const HistoryEntry &where) const {
    QHash<QString, QList<Permission>> disabled;
    if (m_state != State::Ready)
        return disabled;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT token_id, operation, outcome, permissions_before FROM changes "
        "WHERE product = ? AND account_id = ? AND cluster_id = ? AND host = ? AND token_id <> '' "
        "AND outcome IN ('confirmed', 'unknown') "
        "AND token_id IN (SELECT token_id FROM changes WHERE operation = ?) ORDER BY id"));
    query.addBindValue(text(where.product));
    query.addBindValue(text(where.accountId));
    query.addBindValue(text(where.clusterId));
    query.addBindValue(text(where.host));
    query.addBindValue(historyOperationName(HistoryEntry::Operation::Disable));
    if (!query.exec())
        return disabled;
    const QString disable = historyOperationName(HistoryEntry::Operation::Disable);
    const QString confirmed = historyOutcomeName(HistoryEntry::Outcome::Confirmed);
    while (query.next()) {
        const QString tokenId = query.value(0).toString();
        if (query.value(1).toString() == disable) {
            // An unanswered Disable may have taken effect: whether it did, the token's own
            // permissions say (the model shows Disabled only for a token that has none).
            const std::optional<QList<Permission>> before = permissionsFromJson(query.value(3));
            if (before && !before->isEmpty())
                disabled.insert(tokenId, *before);
        } else if (query.value(2).toString() == confirmed) {
            disabled.remove(tokenId);
        }
    }
    return disabled;
}

int ChangeHistory::countOlderThan(const QDateTime &utc) const {
    if (m_state != State::Ready)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM changes WHERE requested_at < ?"));
    query.addBindValue(isoUtc(utc));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool ChangeHistory::clearOlderThan(const QDateTime &utc, int *removed) {
    if (removed)
        *removed = 0;
    if (m_state != State::Ready)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM changes WHERE requested_at < ?"));
    query.addBindValue(isoUtc(utc));
    if (!query.exec()) {
        fail(tr("The history database %1 cannot be written: %2.")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
        return false;
    }
    if (removed)
        *removed = query.numRowsAffected();
    Q_EMIT changed();
    return true;
}

bool ChangeHistory::recordPendingRotation(const PendingRotation &rotation) {
    if (m_state != State::Ready)
        return m_state == State::WithoutHistory;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO rotations (batch_id, old_token_id, "
                                 "new_token_id, replaced_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(text(rotation.batchId));
    query.addBindValue(text(rotation.oldTokenId));
    query.addBindValue(text(rotation.newTokenId));
    query.addBindValue(isoUtc(rotation.replacedAt.isValid() ? rotation.replacedAt
                                                            : QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        fail(tr("The history database %1 cannot be written: %2.")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
        return false;
    }
    Q_EMIT changed();
    return true;
}

QList<PendingRotation> ChangeHistory::pendingRotations() const {
    QList<PendingRotation> result;
    if (m_state != State::Ready)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT batch_id, old_token_id, new_token_id, replaced_at "
                                   "FROM rotations WHERE finished_at IS NULL "
                                   "ORDER BY replaced_at")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(),
                       QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs)});
    return result;
}

std::optional<PendingRotation> ChangeHistory::pendingRotationOf(const QString &oldTokenId) const {
    if (m_state != State::Ready || oldTokenId.isEmpty())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT batch_id, old_token_id, new_token_id, replaced_at "
                                 "FROM rotations WHERE finished_at IS NULL AND old_token_id = ? "
                                 "ORDER BY replaced_at DESC LIMIT 1"));
    query.addBindValue(oldTokenId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PendingRotation{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(),
                           QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs)};
}

bool ChangeHistory::finishPendingRotation(const QString &oldTokenId) {
    if (m_state != State::Ready)
        return m_state == State::WithoutHistory;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE rotations SET finished_at = ? "
                                 "WHERE old_token_id = ? AND finished_at IS NULL"));
    query.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(oldTokenId);
    if (!query.exec()) {
        fail(tr("The history database %1 cannot be written: %2.")
                 .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText()));
        return false;
    }
    if (query.numRowsAffected() > 0)
        Q_EMIT changed();
    return true;
}
