#include "HistoryQueryModel.h"

#include "ChangeHistory.h"
#include "Translations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

// In Column order.
const char *const ColumnKeys[] = {
    "requested_at",
    "os_user",
    "connection_name",
    "product",
    "account_id",
    "cluster_id",
    "host",
    "operation",
    "token_id",
    "description",
    "permissions_before",
    "permissions_after",
    "outcome",
    "http_status",
    "message",
};
static_assert(std::size(ColumnKeys) == HistoryQueryModel::ColumnCount);

} // namespace

HistoryQueryModel::HistoryQueryModel(ChangeHistory *history, QObject *parent)
    : QSqlQueryModel(parent)
    , m_history(history) {}

QString HistoryQueryModel::columnKey(int column) {
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(ColumnKeys[column])
                                               : QString();
}

void HistoryQueryModel::setTokenId(const QString &tokenId) {
    m_tokenId = tokenId;
}

void HistoryQueryModel::reload() {
    if (!m_history || m_history->state() != ChangeHistory::State::Ready) {
        clear();
        return;
    }
    QStringList columns;
    for (int column = 0; column < ColumnCount; ++column)
        columns.append(columnKey(column));
    QSqlQuery query(QSqlDatabase::database(m_history->connectionName(), false));
    QString sql = QStringLiteral("SELECT %1 FROM changes").arg(columns.join(QLatin1String(", ")));
    if (!m_tokenId.isEmpty())
        sql += QStringLiteral(" WHERE token_id = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY id DESC"));
    if (!m_tokenId.isEmpty())
        query.addBindValue(m_tokenId);
    query.exec();
    setQuery(std::move(query));
    // Every row at once: the proxy sorts and filters all of them, not the first page.
    while (canFetchMore())
        fetchMore();
}

QString HistoryQueryModel::operationText(const QString &name) {
    if (name == QLatin1String("create"))
        return tr("Create");
    if (name == QLatin1String("edit"))
        return tr("Edit");
    if (name == QLatin1String("revoke"))
        return tr("Revoke");
    if (name == QLatin1String("disable"))
        return tr("Disable");
    if (name == QLatin1String("re-enable"))
        return tr("Re-enable");
    if (name == QLatin1String("rotate-create"))
        return tr("Rotate: new token");
    if (name == QLatin1String("rotate-revoke"))
        return tr("Rotate: revoke old token");
    return name;
}

QString HistoryQueryModel::outcomeText(const QString &name) {
    if (name == QLatin1String("pending"))
        return tr("Pending");
    if (name == QLatin1String("confirmed"))
        return tr("Confirmed");
    if (name == QLatin1String("failed"))
        return tr("Failed");
    if (name == QLatin1String("unknown"))
        return tr("Unknown");
    return name;
}

QString HistoryQueryModel::permissionsText(const QVariant &json) {
    if (json.isNull())
        return {};
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    if (array.isEmpty())
        return tr("No permissions");
    QStringList pairs;
    for (const QJsonValue &item : array)
        pairs.append(tr("%1 %2", "permission: action, then database")
                         .arg(item[QLatin1String("action")].toString(),
                              item[QLatin1String("resource")].toString()));
    return pairs.join(QLatin1String(", "));
}

QVariant HistoryQueryModel::data(const QModelIndex &index, int role) const {
    if (role == Qt::EditRole)
        return QSqlQueryModel::data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QSqlQueryModel::data(index, role);
    const QVariant raw = QSqlQueryModel::data(index, Qt::DisplayRole);
    switch (index.column()) {
    case Time: {
        const QDateTime local =
            QDateTime::fromString(raw.toString(), Qt::ISODateWithMs).toLocalTime();
        if (m_toTheMinute)
            return QLocale().toString(local, QLocale::ShortFormat);
        return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
               localTimeWithSeconds(local.time());
    }
    case Operation:
        return operationText(raw.toString());
    case Outcome:
        return outcomeText(raw.toString());
    case PermissionsBefore:
    case PermissionsAfter:
        return permissionsText(raw);
    case HttpStatus:
        return raw.isNull() ? QVariant(QString()) : raw;
    default:
        return raw;
    }
}

QVariant HistoryQueryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("When");
    case User:
        return tr("User");
    case Connection:
        return tr("Connection");
    case Product:
        return tr("Product");
    case AccountId:
        return tr("Account ID");
    case ClusterId:
        return tr("Cluster ID");
    case Host:
        return tr("Host");
    case Operation:
        return tr("Operation");
    case TokenId:
        return tr("Token ID");
    case Description:
        return tr("Description");
    case PermissionsBefore:
        return tr("Permissions before");
    case PermissionsAfter:
        return tr("Permissions after");
    case Outcome:
        return tr("Outcome");
    case HttpStatus:
        return tr("HTTP status");
    case Message:
        return tr("Server message");
    default:
        return {};
    }
}
