#include "CarefulTokenModel.h"

#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QDateTime parseDate(const QJsonValue &value) {
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

CarefulTokenModel::CarefulTokenModel(QDateTime now, QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(std::move(now)) {}

QList<Token> CarefulTokenModel::decode(const QByteArray &body) {
    const QJsonArray array = QJsonDocument::fromJson(body).array();
    QList<Token> tokens;
    tokens.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Token token;
        token.id = object.value(QLatin1String("id")).toString();
        token.description = object.value(QLatin1String("description")).toString();
        token.accountId = object.value(QLatin1String("accountId")).toString();
        token.clusterId = object.value(QLatin1String("clusterId")).toString();
        const QJsonArray permissions = object.value(QLatin1String("permissions")).toArray();
        token.permissions.reserve(permissions.size());
        for (const QJsonValue &permission : permissions) {
            const QJsonObject p = permission.toObject();
            token.permissions.append({p.value(QLatin1String("action")).toString(),
                                      p.value(QLatin1String("resource")).toString()});
        }
        token.createdAt = parseDate(object.value(QLatin1String("createdAt")));
        token.expiresAt = parseDate(object.value(QLatin1String("expiresAt")));
        token.revokedAt = parseDate(object.value(QLatin1String("revokedAt")));
        tokens.append(std::move(token));
    }
    return tokens;
}

void CarefulTokenModel::setTokens(QList<Token> tokens) {
    beginResetModel();
    m_tokens = std::move(tokens);
    endResetModel();
}

int CarefulTokenModel::rowOf(const QString &id) const {
    for (qsizetype row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id == id)
            return int(row);
    }
    return -1;
}

int CarefulTokenModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int CarefulTokenModel::columnCount(const QModelIndex &parent) const {
    // The portal's columns, through Expires At.
    return parent.isValid() ? 0 : int(TokenTableModel::ExpiresColumn) + 1;
}

QVariant CarefulTokenModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != SortRole))
        return {};
    const Token &token = m_tokens.at(index.row());
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case TokenTableModel::StatusColumn: {
        const TokenStatus status = tokenStatus(token, m_now);
        return display ? QVariant(tokenStatusText(status)) : QVariant(int(status));
    }
    case TokenTableModel::DescriptionColumn:
        return token.description;
    case TokenTableModel::IdColumn:
        return token.id;
    case TokenTableModel::DatabasesColumn:
        return databasesSummary(token.permissions);
    case TokenTableModel::CreatedColumn:
        return display ? QVariant(TokenTableModel::displayDateTime(token.createdAt))
                       : QVariant(token.createdAt);
    case TokenTableModel::ExpiresColumn:
        return display ? QVariant(TokenTableModel::displayDateTime(token.expiresAt))
                       : QVariant(token.expiresAt);
    default:
        return {};
    }
}

QVariant CarefulTokenModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[] = {"Status",    "Description", "Token ID",
                                         "Databases", "Created At",  "Expires At"};
    return section >= 0 && section < int(std::size(titles)) ? QString::fromLatin1(titles[section])
                                                            : QVariant();
}
