#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class CarefulTokenModel;

// The careful baseline's sorted, filtered view: QSortFilterProxyModel with dynamic sort on,
// matching the same two columns as Token Admin (description and token ID, ignoring case) and
// comparing tokens directly rather than through QVariant.
class CarefulFilterModel : public QSortFilterProxyModel {
public:
    explicit CarefulFilterModel(QObject *parent = nullptr);

    void setTokenModel(CarefulTokenModel *model);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CarefulTokenModel *m_tokens = nullptr;
    QString m_text; // trimmed
};
