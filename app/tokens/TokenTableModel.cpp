#include "TokenTableModel.h"

#include "DisplayText.h"
#include "Rfc3339.h"

#include <QIcon>
#include <QLocale>

TokenTableModel::TokenTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc()) {}

int TokenTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::displayDateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return tr("Never");
    return dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Token &token = m_tokens.at(index.row());
    if (role == TokenIdRole)
        return token.id;
    if (role == StatusRole)
        return int(tokenStatus(token, m_now));

    switch (index.column()) {
    case StatusColumn: {
        const TokenStatus status = tokenStatus(token, m_now);
        if (role == Qt::DisplayRole)
            return tokenStatusText(status);
        if (role == SortRole)
            return int(status);
        if (role == Qt::DecorationRole) {
            switch (status) {
            case TokenStatus::Active:
                return QIcon(QStringLiteral(":/icons/status-active.svg"));
            case TokenStatus::Expired:
                return QIcon(QStringLiteral(":/icons/status-expired.svg"));
            case TokenStatus::Revoked:
                return QIcon(QStringLiteral(":/icons/status-revoked.svg"));
            }
        }
        break;
    }
    case DescriptionColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::singleLine(token.description);
        if (role == SortRole)
            return token.description;
        if (role == Qt::ToolTipRole)
            return DisplayText::plainToolTip(token.description);
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::singleLine(token.id);
        if (role == SortRole)
            return token.id;
        if (role == Qt::ToolTipRole)
            return DisplayText::plainToolTip(token.id);
        break;
    case DatabasesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return databasesSummary(token);
        if (role == Qt::ToolTipRole) {
            QStringList names;
            for (const QString &resource : tokenDatabases(token))
                names.append(databaseDisplayName(resource));
            return DisplayText::plainToolTip(names.join(QLatin1Char('\n')));
        }
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return displayDateTime(token.createdAt);
        if (role == SortRole)
            return token.createdAt;
        if (role == Qt::ToolTipRole)
            return formatRfc3339(token.createdAt);
        break;
    case ExpiresColumn:
        if (role == Qt::DisplayRole)
            return displayDateTime(token.expiresAt);
        if (role == SortRole) // "Never" sorts after every date
            return token.expires() ? token.expiresAt
                                   : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
        if (role == Qt::ToolTipRole)
            return token.expires() ? formatRfc3339(token.expiresAt) : tr("Does not expire");
        break;
    case OptionsColumn:
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Options for %1").arg(DisplayText::isolated(token.description));
        if (role == SortRole)
            return token.id;
        break;
    default:
        break;
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case DescriptionColumn:
        return tr("Description");
    case IdColumn:
        return tr("Token ID");
    case DatabasesColumn:
        return tr("Databases");
    case CreatedColumn:
        return tr("Created At");
    case ExpiresColumn:
        return tr("Expires At");
    case OptionsColumn:
        return role == Qt::AccessibleTextRole ? tr("Options") : QString();
    default:
        return {};
    }
}

void TokenTableModel::setTokens(QList<Token> tokens, const QDateTime &now) {
    beginResetModel();
    m_tokens = std::move(tokens);
    m_now = now;
    m_rowById.clear();
    m_rowById.reserve(m_tokens.size());
    for (int row = 0; row < m_tokens.size(); ++row)
        m_rowById.insert(m_tokens.at(row).id, row);
    endResetModel();
}

void TokenTableModel::updateToken(const Token &token) {
    const int row = rowOf(token.id);
    if (row < 0) {
        const int newRow = int(m_tokens.size());
        beginInsertRows({}, newRow, newRow);
        m_tokens.append(token);
        m_rowById.insert(token.id, newRow);
        endInsertRows();
        return;
    }
    m_tokens[row] = token;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Token *TokenTableModel::tokenById(const QString &id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_tokens.at(row);
}
