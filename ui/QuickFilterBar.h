#pragma once

#include "TokenFilter.h"

#include <QWidget>

#include <array>

class DatabaseAccessModel;
class QComboBox;
class QGridLayout;
class QScrollArea;
class QToolButton;
class TokenFilterModel;

// The row above the token list: a toggle chip per quick filter with its live count, and the
// database and access filters. It sets them on the view; TokenFilter says how they combine.
class QuickFilterBar : public QWidget {
    Q_OBJECT

public:
    QuickFilterBar(TokenFilterModel *view, DatabaseAccessModel *databases,
                   QWidget *parent = nullptr);

    TokenFilter::QuickFilters chosen() const;
    void setChosen(TokenFilter::QuickFilters filters);
    QString database() const;
    TokenFilter::Access access() const;
    // Shows only tokens that can reach `database` (empty: any database).
    void setDatabase(const QString &database,
                     TokenFilter::Access access = TokenFilter::Access::Any);

    QToolButton *chip(TokenFilter::QuickFilter filter) const;

Q_SIGNALS:
    // The user changed a chip or the database filter (to remember per connection).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCounts();
    void fitChipsHeight();
    void arrangeRows();
    void updateDatabaseChoices();
    void applyDatabase();

    TokenFilterModel *m_view;
    DatabaseAccessModel *m_databases;
    std::array<QToolButton *, TokenFilter::QuickFilterCount> m_chips{};
    QGridLayout *m_layout = nullptr;
    QScrollArea *m_chipsArea = nullptr;
    QWidget *m_databaseRow = nullptr; // the database label, the database and access filters
    bool m_twoRows = false;
    QComboBox *m_database = nullptr;
    QComboBox *m_access = nullptr;
};
