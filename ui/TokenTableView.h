#pragma once

#include <QTableView>

#include <array>

class EmptyStateOverlay;

// The token list's table. Columns are as wide as their usual text in the font in use (never
// saved pixel widths); Description takes the spare width; on a narrow view the columns a user
// needs least step aside so that the ⋮ column always stays in view. Tab leaves the table
// (arrows move within it). When the list is empty, an overlay says why.
class TokenTableView : public QTableView {
    Q_OBJECT

public:
    explicit TokenTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    EmptyStateOverlay *emptyState() const { return m_emptyState; }
    // The width that shows every column at its natural width and Description at its least.
    int fullWidth() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Description's width before a column is dropped to make room: at least the widest other.
    int wantedDescriptionWidth() const;
    // Widths from the font; then which columns fit.
    void fitColumnsToFont();
    void fitColumnsToWidth();
    void placeEmptyState();

    std::array<int, 16> m_naturalWidth{};
    int m_minimumDescriptionWidth = 0;
    EmptyStateOverlay *m_emptyState;
};
