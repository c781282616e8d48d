#include "TokenTableModel.h"

#include "DisplayText.h"
#include "Rfc3339.h"
#include "Translations.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>

TokenTableModel::TokenTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_nowMSecs(m_now.toMSecsSinceEpoch()) {
    m_statusIcons[size_t(TokenStatus::Active)] = QIcon(QStringLiteral(":/icons/status-active.svg"));
    m_statusIcons[size_t(TokenStatus::ExpiringSoon)] =
        QIcon(QStringLiteral(":/icons/status-expiring.svg"));
    m_statusIcons[size_t(TokenStatus::Disabled)] =
        QIcon(QStringLiteral(":/icons/status-disabled.svg"));
    m_statusIcons[size_t(TokenStatus::Expired)] =
        QIcon(QStringLiteral(":/icons/status-expired.svg"));
    m_statusIcons[size_t(TokenStatus::Revoked)] =
        QIcon(QStringLiteral(":/icons/status-revoked.svg"));
}

int TokenTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_store->size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::displayDateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return tr("Never");
    return localDateTimeText(dateTime.toLocalTime());
}

QString TokenTableModel::shortId(const QString &id) {
    constexpr qsizetype Shown = 8;
    if (id.size() <= Shown + 1)
        return DisplayText::singleLine(id);
    return DisplayText::singleLine(id.left(Shown)) + QChar(0x2026);
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (role == TokenIdRole)
        return m_store->id(row).toString();
    if (role == StatusRole)
        return int(statusAt(row));
    if (role == FlagsRole)
        return int(flagsAt(row));

    switch (index.column()) {
    case StatusColumn: {
        const TokenStatus status = statusAt(row);
        if (role == Qt::DisplayRole)
            return tokenStatusText(status);
        if (role == SortRole)
            return int(status);
        if (role == Qt::DecorationRole)
            return m_statusIcons[size_t(status)];
        break;
    }
    case DescriptionColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::singleLine(m_store->description(row).toString());
        if (role == SortRole)
            return m_store->description(row).toString();
        if (role == Qt::ToolTipRole)
            return DisplayText::plainToolTip(m_store->description(row).toString());
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return shortId(m_store->id(row).toString());
        if (role == SortRole)
            return m_store->id(row).toString();
        if (role == Qt::ToolTipRole)
            return DisplayText::plainToolTip(m_store->id(row).toString());
        break;
    case DatabasesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return databasesSummary(m_store->permissions(row));
        if (role == Qt::ToolTipRole) {
            QStringList names;
            for (const QString &resource : tokenDatabases(m_store->permissions(row)))
                names.append(databaseDisplayName(resource));
            return DisplayText::plainToolTip(names.join(QLatin1Char('\n')));
        }
        break;
    case CreatedColumn: {
        const QDateTime created = TokenStore::toDateTime(m_store->createdAt(row));
        if (role == Qt::DisplayRole)
            return displayDateTime(created);
        if (role == SortRole)
            return created;
        if (role == Qt::ToolTipRole)
            return formatRfc3339(created);
        break;
    }
    case ExpiresColumn: {
        const QDateTime expires = TokenStore::toDateTime(m_store->expiresAt(row));
        if (role == Qt::DisplayRole)
            return relativeExpiryText(expires, m_now);
        if (role == SortRole) // "Never" sorts after every date
            return expires.isValid() ? expires
                                     : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
        if (role == Qt::ToolTipRole)
            return expires.isValid()
                       ? tr("%1 local time\n%2 UTC")
                             .arg(displayDateTime(expires),
                                  expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                       : tr("Does not expire");
        break;
    }
    case FlagsColumn: {
        const TokenFlags flags = flagsAt(row);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tokenFlagTexts(flags).join(QLatin1String(", "));
        if (role == SortRole)
            return int(flags);
        if (role == Qt::ToolTipRole) {
            QStringList sentences;
            for (TokenFlag flag : AllTokenFlags) {
                if (flags.testFlag(flag))
                    sentences.append(tokenFlagSentence(flag));
            }
            return sentences.join(QLatin1Char('\n'));
        }
        break;
    }
    case OptionsColumn:
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Options for %1")
                .arg(DisplayText::isolated(m_store->description(row).toString()));
        if (role == SortRole)
            return m_store->id(row).toString();
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
    case FlagsColumn:
        return tr("Flags");
    case OptionsColumn:
        return role == Qt::AccessibleTextRole ? tr("Options") : QString();
    default:
        return {};
    }
}

void TokenTableModel::setTokens(TokenStore tokens, const QDateTime &now) {
    beginResetModel();
    m_store = std::make_shared<TokenStore>(std::move(tokens));
    m_storeShared = false;
    m_now = now;
    m_nowMSecs = now.toMSecsSinceEpoch();
    computeSetFlags();
    endResetModel();
}

void TokenTableModel::computeSetFlags() {
    const QSet<QString> *known = m_knownDatabases ? &*m_knownDatabases : nullptr;
    m_setFlags.resize(size_t(m_store->permissionSetCount()));
    for (int set = 0; set < m_store->permissionSetCount(); ++set)
        m_setFlags[size_t(set)] = permissionFlags(m_store->permissionsOfSet(set), known);
}

void TokenTableModel::allRowsChanged() {
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokenTableModel::setExpiringSoonWithin(std::chrono::milliseconds within) {
    if (within == m_soonWithin)
        return;
    m_soonWithin = within;
    allRowsChanged();
}

void TokenTableModel::setKnownDatabases(const std::optional<QStringList> &databases) {
    std::optional<QSet<QString>> known;
    if (databases)
        known = QSet<QString>(databases->cbegin(), databases->cend());
    if (known == m_knownDatabases)
        return;
    m_knownDatabases = std::move(known);
    computeSetFlags();
    allRowsChanged();
}

void TokenTableModel::setDisabledTokens(QHash<QString, QList<Permission>> disabled) {
    if (disabled == m_disabled)
        return;
    m_disabled = std::move(disabled);
    allRowsChanged();
}

std::optional<QList<Permission>> TokenTableModel::disabledPermissions(const QString &id) const {
    const int row = rowOf(id);
    if (row < 0 || statusAt(row) != TokenStatus::Disabled)
        return std::nullopt;
    return m_disabled.value(id);
}

std::shared_ptr<const TokenStore> TokenTableModel::snapshot() const {
    m_store->sortById(); // the ID order is built lazily: not on two threads at once
    m_storeShared = true;
    return m_store;
}

TokenStore &TokenTableModel::changeableStore() {
    // Decided by the snapshot handed out, not by counting holders: a count read here says
    // nothing about reads still under way on another thread.
    if (m_storeShared) {
        m_store = std::make_shared<TokenStore>(*m_store);
        m_storeShared = false;
    }
    return *m_store;
}

void TokenTableModel::updateToken(const Token &token) {
    const int row = rowOf(token.id);
    if (row < 0) {
        const int newRow = int(m_store->size());
        beginInsertRows({}, newRow, newRow);
        changeableStore().append(token);
        computeSetFlags();
        endInsertRows();
        return;
    }
    changeableStore().replace(row, token);
    computeSetFlags();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool TokenTableModel::removeToken(const QString &id) {
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    changeableStore().removeAt(row);
    endRemoveRows();
    return true;
}

std::optional<Token> TokenTableModel::tokenById(const QString &id) const {
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_store->at(row);
}
