#include "TokenFilterModel.h"

#include "CodeUnitOrder.h"
#include "TokenFilter.h"
#include "TokenTableModel.h"

#include <QCollator>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// The place of each value in QString::localeAwareCompare order; equal values share a place.
std::vector<int> rankStrings(const std::vector<QStringView> &values) {
    const int count = int(values.size());
    std::vector<int> rank(static_cast<size_t>(count), 0);
    QCollator collator; // the default locale's, as localeAwareCompare uses
    if (collator.locale().language() == QLocale::C) {
        // The C locale compares UTF-16 code units, as QString::compare does.
        const std::vector<int> order = codeUnitOrder(values);
        for (int i = 0; i < count; ++i) {
            const bool same =
                i > 0 && values[size_t(order[size_t(i)])] == values[size_t(order[size_t(i - 1)])];
            rank[size_t(order[size_t(i)])] = same ? rank[size_t(order[size_t(i - 1)])] : i;
        }
        return rank;
    }
    std::vector<int> order(static_cast<size_t>(count), 0);
    std::iota(order.begin(), order.end(), 0);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(static_cast<size_t>(count));
    for (const QStringView value : values)
        keys.push_back(collator.sortKey(value.toString()));
    auto compare = [&](int a, int b) {
        return keys[size_t(a)].compare(keys[size_t(b)]);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return compare(a, b) < 0; });
    for (int i = 0; i < count; ++i) {
        const bool same = i > 0 && compare(order[size_t(i)], order[size_t(i - 1)]) == 0;
        rank[size_t(order[size_t(i)])] = same ? rank[size_t(order[size_t(i - 1)])] : i;
    }
    return rank;
}

// The first place in [from, end) where `needle` (not empty) starts, or nullptr. Made for a
// search on every keystroke over 100,000 tokens' text: with SSE2 it tests 16 places at a time
// on the needle's first and last bytes, and compares the rest only where both agree.
const char *find(const char *from, const char *end, QByteArrayView needle) {
    const qsizetype n = needle.size();
    if (end - from < n)
        return nullptr;
    const char *lastStart = end - n;
    const char *p = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle.front());
    const __m128i last = _mm_set1_epi8(needle.back());
    for (; p + 15 <= lastStart; p += 16) {
        const __m128i heads = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i tails = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + n - 1));
        unsigned candidates = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(heads, first), _mm_cmpeq_epi8(tails, last))));
        for (; candidates != 0; candidates &= candidates - 1) {
            const char *start = p + __builtin_ctz(candidates);
            if (n <= 2 || std::memcmp(start + 1, needle.data() + 1, size_t(n - 2)) == 0)
                return start;
        }
    }
#endif
    for (; p <= lastStart; ++p) {
        if (*p == needle.front() && std::memcmp(p, needle.data(), size_t(n)) == 0)
            return p;
    }
    return nullptr;
}

const qint64 NeverExpires =
    QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

TokenFilterModel::TokenFilterModel(QObject *parent)
    : QAbstractProxyModel(parent) {
    m_foldLater.setSingleShot(true);
    m_foldLater.setInterval(FoldAfter);
    connect(&m_foldLater, &QTimer::timeout, this, &TokenFilterModel::foldInBackground);
}

TokenFilterModel::~TokenFilterModel() = default;

void TokenFilterModel::setSourceModel(QAbstractItemModel *model) {
    beginResetModel();
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_tokens = qobject_cast<TokenTableModel *>(model);
    Q_ASSERT(m_tokens || !model);
    QAbstractProxyModel::setSourceModel(model);
    connectSource();
    rebuildAll();
    endResetModel();
}

void TokenFilterModel::connectSource() {
    if (!m_tokens)
        return;
    auto resetOn = [this](auto aboutTo, auto done) {
        m_connections.push_back(
            connect(m_tokens, aboutTo, this, &TokenFilterModel::sourceAboutToBeReset));
        m_connections.push_back(connect(m_tokens, done, this, &TokenFilterModel::sourceReset));
    };
    resetOn(&QAbstractItemModel::modelAboutToBeReset, &QAbstractItemModel::modelReset);
    // The token model never removes, moves or reorders rows; should it ever, start afresh.
    resetOn(&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsRemoved);
    resetOn(&QAbstractItemModel::rowsAboutToBeMoved, &QAbstractItemModel::rowsMoved);
    resetOn(&QAbstractItemModel::layoutAboutToBeChanged, &QAbstractItemModel::layoutChanged);
    resetOn(&QAbstractItemModel::columnsAboutToBeInserted, &QAbstractItemModel::columnsInserted);
    resetOn(&QAbstractItemModel::columnsAboutToBeRemoved, &QAbstractItemModel::columnsRemoved);
    m_connections.push_back(
        connect(m_tokens, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    sourceDataChanged(topLeft, bottomRight);
                }));
    m_connections.push_back(connect(m_tokens, &QAbstractItemModel::rowsInserted, this,
                                    &TokenFilterModel::sourceRowsInserted));
    m_connections.push_back(connect(m_tokens, &QAbstractItemModel::headerDataChanged, this,
                                    &QAbstractItemModel::headerDataChanged));
}

void TokenFilterModel::sourceAboutToBeReset() {
    Q_EMIT rowsAboutToChange();
    beginResetModel();
}

void TokenFilterModel::sourceReset() {
    rebuildAll();
    endResetModel();
    Q_EMIT rowsChanged();
}

void TokenFilterModel::rebuildAll() {
    rebuildRowData();
    m_proxyToSource = visibleRows();
    m_sourceToProxy.assign(m_status.size(), -1);
    for (size_t i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
}

void TokenFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                         const QModelIndex &bottomRight) {
    // One token changed (rarely more): redo the row data, then move rows only as needed.
    rebuildRowData();
    applyRows(visibleRows());
    if (topLeft.row() != bottomRight.row()) { // every row (a new threshold, the databases)
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    const int proxyRow = m_sourceToProxy[size_t(topLeft.row())];
    if (proxyRow >= 0)
        Q_EMIT dataChanged(index(proxyRow, 0), index(proxyRow, columnCount() - 1));
}

void TokenFilterModel::sourceRowsInserted() {
    rebuildRowData();
    m_sourceToProxy.resize(m_status.size(), -1);
    applyRows(visibleRows());
}

void TokenFilterModel::rebuildRowData() {
    const int count = m_tokens ? m_tokens->rowCount() : 0;
    m_status.resize(static_cast<size_t>(count));
    m_flags.resize(static_cast<size_t>(count));
    m_quickCounts.fill(0);
    for (int row = 0; row < count; ++row) {
        const TokenStatus status = m_tokens->statusAt(row);
        const TokenFlags flags = m_tokens->flagsAt(row);
        m_status[size_t(row)] = quint8(status);
        m_flags[size_t(row)] = quint8(flags.toInt());
        for (int chip = 0; chip < TokenFilter::QuickFilterCount; ++chip)
            m_quickCounts[size_t(chip)] +=
                TokenFilter::hasQuickFilter(TokenFilter::AllQuickFilters[chip], status, flags);
    }
    computeSetReaches();
    prepareSearchIndex();
    m_idRank.resize(static_cast<size_t>(count));
    for (int place = 0; place < count; ++place) // count > 0: there is a source model
        m_idRank[size_t(m_tokens->rowsInIdOrder()[size_t(place)])] = place;
    m_ascending.assign(TokenTableModel::ColumnCount, {});
    m_searches.clear(); // made over the old text
    refilter();
    Q_EMIT countsChanged();
}

void TokenFilterModel::computeSetReaches() {
    m_setReaches.clear();
    if (m_database.isEmpty() || !m_tokens)
        return;
    const TokenStore &tokens = m_tokens->store();
    m_setReaches.resize(size_t(tokens.permissionSetCount()));
    for (int set = 0; set < tokens.permissionSetCount(); ++set)
        m_setReaches[size_t(set)] =
            TokenFilter::reaches(tokens.permissionsOfSet(set), m_database, m_access);
}

TokenFilterModel::SearchIndex TokenFilterModel::buildSearchIndex(const TokenStore &tokens) {
    SearchIndex index;
    const size_t count = size_t(tokens.size());
    index.at.resize(count + 1);
    qsizetype textSize = 0;
    qsizetype longest = 0;
    for (size_t row = 0; row < count; ++row) {
        const qsizetype description = tokens.description(qsizetype(row)).size();
        const qsizetype id = tokens.id(qsizetype(row)).size();
        textSize += description + id + 2;
        longest = std::max({longest, description, id});
    }
    // Room for ASCII text plus the three bytes a unit may take while one field is folded:
    // growing by doubling near the end would hold twice the memory for nothing.
    index.text.reserve(textSize + 3 * longest);
    for (size_t row = 0; row < count; ++row) {
        index.at[row] = index.text.size();
        TokenFilter::appendFolded(tokens.description(qsizetype(row)), &index.text);
        index.text.append('\0');
        TokenFilter::appendFolded(tokens.id(qsizetype(row)), &index.text);
        index.text.append('\0');
    }
    index.at[count] = index.text.size();
    return index;
}

void TokenFilterModel::prepareSearchIndex() {
    m_search = {};
    ++m_rowDataGeneration;
    if (m_status.size() < BackgroundSearchIndexFrom || !m_needle.isEmpty()) {
        m_foldLater.stop();
        return; // short: folded on the first search at once; searching: folded right now
    }
    // The user reads the list before typing: once it is painted, fold it on another
    // thread, so that neither the load nor the first keystroke waits for it.
    m_foldLater.start();
}

void TokenFilterModel::foldInBackground() {
    if (!m_tokens || !m_search.at.empty())
        return;
    // From the store as it is now: the model changes a copy if it must change it meanwhile.
    auto *watcher = new QFutureWatcher<SearchIndex>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_rowDataGeneration] {
                watcher->deleteLater();
                // A search typed first folded it already; a change since made this one old.
                if (generation == m_rowDataGeneration && m_search.at.empty())
                    m_search = watcher->future().takeResult();
            });
    watcher->setFuture(
        QtConcurrent::run([store = m_tokens->snapshot()] { return buildSearchIndex(*store); }));
}

void TokenFilterModel::ensureSearchIndex() {
    if (m_search.at.size() != m_status.size() + 1)
        m_search = buildSearchIndex(m_tokens->store());
}

const std::vector<int> &TokenFilterModel::ascendingOrder(int column) {
    std::vector<int> &order = m_ascending[size_t(column)];
    const int count = int(m_status.size());
    if (int(order.size()) == count)
        return order;
    order.assign(static_cast<size_t>(count), 0);
    if (column == TokenTableModel::IdColumn || column == TokenTableModel::OptionsColumn) {
        for (int row = 0; row < count; ++row)
            order[size_t(m_idRank[size_t(row)])] = row;
        return order;
    }
    const TokenStore &tokens = m_tokens->store();
    std::vector<qint64> key(static_cast<size_t>(count));
    if (column == TokenTableModel::DescriptionColumn) {
        std::vector<QStringView> values(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row)
            values[size_t(row)] = tokens.description(row);
        const std::vector<int> rank = rankStrings(values);
        for (int row = 0; row < count; ++row)
            key[size_t(row)] = rank[size_t(row)];
    } else if (column == TokenTableModel::DatabasesColumn) {
        // Tokens with the same permissions have the same summary: rank each set once.
        std::vector<QString> summaries(size_t(tokens.permissionSetCount()));
        std::vector<QStringView> values(summaries.size());
        for (size_t set = 0; set < summaries.size(); ++set) {
            summaries[set] = databasesSummary(tokens.permissionsOfSet(int(set)));
            values[set] = summaries[set];
        }
        const std::vector<int> rank = rankStrings(values);
        for (int row = 0; row < count; ++row)
            key[size_t(row)] = rank[size_t(tokens.permissionSet(row))];
    } else {
        for (int row = 0; row < count; ++row) {
            switch (column) {
            case TokenTableModel::StatusColumn:
                key[size_t(row)] = m_status[size_t(row)];
                break;
            case TokenTableModel::CreatedColumn:
                key[size_t(row)] = tokens.createdAt(row);
                break;
            case TokenTableModel::FlagsColumn:
                key[size_t(row)] = m_flags[size_t(row)];
                break;
            case TokenTableModel::ExpiresColumn: {
                const qint64 expires = tokens.expiresAt(row);
                key[size_t(row)] = expires == TokenStore::NoTime ? NeverExpires : expires;
                break;
            }
            default:
                break;
            }
        }
    }
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (key[size_t(a)] != key[size_t(b)])
            return key[size_t(a)] < key[size_t(b)];
        return m_idRank[size_t(a)] < m_idRank[size_t(b)];
    });
    return order;
}

void TokenFilterModel::refilter() {
    refilterText();
    if (m_needle.isEmpty() || m_status.empty())
        return;
    // The search finds database names too: judged once per permission set.
    const TokenStore &tokens = m_tokens->store();
    std::vector<quint8> setMatches(size_t(tokens.permissionSetCount()));
    bool any = false;
    for (int set = 0; set < tokens.permissionSetCount(); ++set) {
        setMatches[size_t(set)] =
            TokenFilter::namesDatabaseMatching(tokens.permissionsOfSet(set), m_needle);
        any = any || setMatches[size_t(set)];
    }
    if (!any)
        return;
    for (size_t row = 0; row < m_matches.size(); ++row)
        m_matches[row] = m_matches[row] || setMatches[size_t(tokens.permissionSet(qsizetype(row)))];
}

void TokenFilterModel::refilterText() {
    const size_t count = m_status.size();
    if (m_needle.isEmpty()) {
        m_matches.assign(count, 1);
        return;
    }
    if (m_needle.contains('\0')) {
        // A match could span two fields: ask the rule itself.
        const TokenStore &tokens = m_tokens->store();
        m_matches.resize(count);
        for (size_t row = 0; row < count; ++row)
            m_matches[row] = TokenFilter::matchesText(tokens.description(qsizetype(row)),
                                                      tokens.id(qsizetype(row)), m_text);
        return;
    }
    ensureSearchIndex();
    // Searches this one contains are still true of it: typing narrows the latest, erasing
    // returns to one already made.
    while (!m_searches.empty() && !m_needle.contains(m_searches.back().needle))
        m_searches.pop_back();
    if (!m_searches.empty() && m_searches.back().needle == m_needle) {
        m_matches = m_searches.back().matches;
        return;
    }
    const char *text = m_search.text.constData();
    const std::vector<qsizetype> &at = m_search.at;
    if (!m_searches.empty()) {
        // Only rows the shorter search matched can match the longer one.
        m_matches = m_searches.back().matches;
        for (size_t row = 0; row < count; ++row) {
            if (m_matches[row])
                m_matches[row] = find(text + at[row], text + at[row + 1], m_needle) != nullptr;
        }
    } else {
        // One pass over the whole list's text; a hit marks its row, and the search goes on
        // from the next row.
        m_matches.assign(count, 0);
        const char *end = text + m_search.text.size();
        qsizetype pos = 0;
        size_t row = 0;
        while (const char *hit = find(text + pos, end, m_needle)) {
            const qsizetype hitAt = hit - text;
            while (at[row + 1] <= hitAt) // hits come in order: walk, do not search
                ++row;
            m_matches[row] = 1;
            pos = at[row + 1];
        }
    }
    if (m_searches.size() < MaxKeptSearches)
        m_searches.push_back({m_needle, m_matches});
}

std::vector<int> TokenFilterModel::visibleRows() const {
    const int count = int(m_status.size());
    std::vector<int> rows;
    rows.reserve(static_cast<size_t>(count));
    const TokenStore *tokens = m_tokens ? &m_tokens->store() : nullptr;
    auto take = [&](int row) {
        if (!m_matches[size_t(row)])
            return;
        const TokenStatus status = TokenStatus(m_status[size_t(row)]);
        if (m_quick ? !TokenFilter::matchesQuickFilters(m_quick, status,
                                                        TokenFlags::fromInt(m_flags[size_t(row)]),
                                                        m_showInactive)
                    : !TokenFilter::matchesStatus(status, m_showInactive))
            return;
        if (!m_setReaches.empty() && !m_setReaches[size_t(tokens->permissionSet(row))])
            return;
        rows.push_back(row);
    };
    if (m_sortColumn < 0 || m_sortColumn >= TokenTableModel::ColumnCount) {
        for (int row = 0; row < count; ++row)
            take(row);
        return rows;
    }
    const std::vector<int> &order =
        const_cast<TokenFilterModel *>(this)->ascendingOrder(m_sortColumn);
    if (m_sortOrder == Qt::AscendingOrder) {
        for (int row : order)
            take(row);
    } else {
        for (auto it = order.rbegin(); it != order.rend(); ++it)
            take(*it);
    }
    return rows;
}

// The same rows in another order: a layout change that carries persistent indexes along.
void TokenFilterModel::reorderRows(std::vector<int> rows) {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(m_proxyToSource[size_t(index.row())]);
    m_proxyToSource = std::move(rows);
    for (size_t i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(createIndex(m_sourceToProxy[size_t(sources[size_t(i)])], from.at(i).column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Goes from the rows shown to `next` in at most three steps, whatever the list's length:
// the rows leaving are gathered at the end and removed in one block, the rows arriving are
// appended in one block, then one layout change puts everything in order.
void TokenFilterModel::applyRows(std::vector<int> next) {
    Q_EMIT rowsAboutToChange();
    applyRowsSteps(std::move(next));
    Q_EMIT rowsChanged();
}

void TokenFilterModel::applyRowsSteps(std::vector<int> next) {
    std::vector<quint8> wanted(m_status.size(), 0);
    for (int row : next)
        wanted[size_t(row)] = 1;
    std::vector<int> keep;
    std::vector<int> drop;
    bool dropBeforeKeep = false;
    for (int row : m_proxyToSource) {
        if (wanted[size_t(row)]) {
            dropBeforeKeep = dropBeforeKeep || !drop.empty();
            keep.push_back(row);
        } else {
            drop.push_back(row);
        }
    }
    if (!drop.empty()) {
        if (dropBeforeKeep) {
            std::vector<int> arranged = keep;
            arranged.insert(arranged.end(), drop.begin(), drop.end());
            reorderRows(std::move(arranged));
        }
        beginRemoveRows({}, int(keep.size()), int(m_proxyToSource.size()) - 1);
        for (int row : drop)
            m_sourceToProxy[size_t(row)] = -1;
        m_proxyToSource.resize(keep.size());
        endRemoveRows();
    }
    std::vector<int> added;
    for (int row : next) {
        if (m_sourceToProxy[size_t(row)] < 0)
            added.push_back(row);
    }
    if (!added.empty()) {
        const int first = int(m_proxyToSource.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (int row : added) {
            m_sourceToProxy[size_t(row)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(row);
        }
        endInsertRows();
    }
    if (m_proxyToSource != next)
        reorderRows(std::move(next));
}

void TokenFilterModel::setFilterText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    const QByteArray needle = TokenFilter::folded(QStringView(text).trimmed());
    if (needle == m_needle)
        return;
    m_needle = needle;
    refilter();
    applyRows(visibleRows());
}

void TokenFilterModel::setShowInactive(bool show) {
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    applyRows(visibleRows());
}

void TokenFilterModel::setQuickFilters(TokenFilter::QuickFilters filters) {
    if (filters == m_quick)
        return;
    m_quick = filters;
    applyRows(visibleRows());
}

void TokenFilterModel::setDatabaseFilter(const QString &database, TokenFilter::Access access) {
    if (database == m_database && access == m_access)
        return;
    m_database = database;
    m_access = access;
    computeSetReaches();
    applyRows(visibleRows());
}

int TokenFilterModel::hiddenInactiveCount() const {
    if (m_showInactive)
        return 0;
    int count = 0;
    for (size_t row = 0; row < m_status.size() && row < m_matches.size(); ++row)
        count += m_matches[row] && !TokenFilter::matchesStatus(TokenStatus(m_status[row]), false);
    return count;
}

void TokenFilterModel::sort(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    reorderRows(visibleRows());
}

QModelIndex TokenFilterModel::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TokenFilterModel::parent(const QModelIndex &) const {
    return {};
}

QModelIndex TokenFilterModel::sibling(int row, int column, const QModelIndex &index) const {
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int TokenFilterModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int TokenFilterModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_tokens ? 0 : m_tokens->columnCount();
}

bool TokenFilterModel::hasChildren(const QModelIndex &parent) const {
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant TokenFilterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && m_tokens)
        return m_tokens->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex TokenFilterModel::mapToSource(const QModelIndex &proxyIndex) const {
    if (!m_tokens || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= int(m_proxyToSource.size()))
        return {};
    return m_tokens->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TokenFilterModel::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!m_tokens || !sourceIndex.isValid() || sourceIndex.model() != m_tokens ||
        sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}
