#pragma once

#include "TokenRowDelegate.h"

// Draws the Flags column as a small icon per flag, in a tone of the table's palette, before
// their words: the icons tell at a glance which tokens need a look, the words what they are.
// Dimmed with the rest of an inactive row.
class TokenFlagsDelegate : public TokenRowDelegate {
    Q_OBJECT

public:
    using TokenRowDelegate::TokenRowDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
