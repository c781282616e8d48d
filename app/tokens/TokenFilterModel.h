#pragma once

#include "TokenFilter.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QTimer>

#include <array>
#include <chrono>
#include <vector>

class TokenStore;
class TokenTableModel;

// The sorted, filtered view of a TokenTableModel, built for 100,000 tokens: the TokenFilter
// rules run over a precomputed, case-folded search text, and sorting orders row numbers by
// precomputed per-column keys (never data() through QVariant). Equal sort keys fall back to
// the token ID, so the order never depends on the server's. Descriptions and databases sort
// as QString::localeAwareCompare orders them; token IDs, machine-made, by UTF-16 code unit.
class TokenFilterModel : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit TokenFilterModel(QObject *parent = nullptr);
    ~TokenFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool showInactive() const { return m_showInactive; }
    void setShowInactive(bool show);

    // The quick-filter chips ticked (TokenFilter::matchesQuickFilters says how they combine).
    TokenFilter::QuickFilters quickFilters() const { return m_quick; }
    void setQuickFilters(TokenFilter::QuickFilters filters);
    // Only tokens that can reach `database` (a "*" permission included) with `access`;
    // an empty name shows every token.
    QString databaseFilter() const { return m_database; }
    TokenFilter::Access accessFilter() const { return m_access; }
    void setDatabaseFilter(const QString &database,
                           TokenFilter::Access access = TokenFilter::Access::Any);
    // How many tokens of the whole list have what each chip names, in AllQuickFilters' order:
    // counted once per change of the list, not per keystroke.
    const std::array<int, TokenFilter::QuickFilterCount> &quickFilterCounts() const {
        return m_quickCounts;
    }
    // Tokens the search matches but that are hidden for being revoked or expired: what
    // "Show inactive tokens" would add.
    int hiddenInactiveCount() const;

    // Whether a search can run now without folding the list's text first (for tests).
    bool hasSearchIndex() const { return !m_search.at.empty(); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // The list changed: quickFilterCounts() may differ.
    void countsChanged();
    // Around each change of which rows are shown (a search, the inactive toggle, a token that
    // changed, a reload), however many steps it takes: a view notes where its selection was
    // before and puts it back after, once, rather than following each step.
    void rowsAboutToChange();
    void rowsChanged();

private:
    void connectSource();
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sourceRowsInserted();

    void rebuildRowData();
    // The folded text of every row that searches run over. Made on another thread after a
    // change to a long list, or at once when a search needs it before that is done.
    struct SearchIndex {
        QByteArray text;           // folded description, NUL, folded ID, NUL; row after row
        std::vector<qsizetype> at; // where each row's text starts; one more at the end
    };
    static SearchIndex buildSearchIndex(const TokenStore &tokens);
    void prepareSearchIndex();
    void foldInBackground();
    void ensureSearchIndex();
    void rebuildAll(); // row data and the rows shown, inside a model reset
    const std::vector<int> &ascendingOrder(int column);
    void refilter();
    void refilterText();
    void computeSetReaches();
    std::vector<int> visibleRows() const;
    void applyRows(std::vector<int> rows);
    void applyRowsSteps(std::vector<int> rows);
    void reorderRows(std::vector<int> rows);

    TokenTableModel *m_tokens = nullptr;
    QString m_text;
    QByteArray m_needle; // m_text trimmed and folded
    bool m_showInactive = false;
    TokenFilter::QuickFilters m_quick;
    QString m_database;
    TokenFilter::Access m_access = TokenFilter::Access::Any;
    // Per permission set: reaches m_database with m_access. Empty: no database filter.
    std::vector<quint8> m_setReaches;
    std::array<int, TokenFilter::QuickFilterCount> m_quickCounts{};
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Per source row, rebuilt when the list changes.
    std::vector<quint8> m_status; // TokenStatus, judged at the model's "now"
    std::vector<quint8> m_flags;  // TokenFlags
    SearchIndex m_search;         // empty until made
    quint64 m_rowDataGeneration = 0;
    static constexpr size_t BackgroundSearchIndexFrom = 20000;
    static constexpr std::chrono::milliseconds FoldAfter{100};
    QTimer m_foldLater;
    std::vector<int> m_idRank;                 // place of each row in token-ID order
    std::vector<std::vector<int>> m_ascending; // per column, rows in ascending order; lazily
    std::vector<quint8> m_matches;             // per row: the search text matches m_needle
    struct Search {
        QByteArray needle;
        std::vector<quint8> matches;
    };
    // The searches typed on the way to m_needle, each containing the one before it.
    std::vector<Search> m_searches;
    static constexpr size_t MaxKeptSearches = 64;

    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: filtered out
    std::vector<QMetaObject::Connection> m_connections;
};
