#pragma once

#include <QSortFilterProxyModel>

class TokenTableModel;

// Adapts the TokenFilter rules and the model's SortRole to a sorted, filtered view.
// Equal sort keys fall back to the token ID, so the order never depends on the server's.
class TokenFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TokenFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool showInactive() const { return m_showInactive; }
    void setShowInactive(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TokenTableModel *m_tokens = nullptr;
    QString m_text;
    bool m_showInactive = false;
};
