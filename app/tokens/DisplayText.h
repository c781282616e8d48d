#pragma once

#include <QString>

// Server text made safe to show: it reads as plain text, stays on one line, and cannot
// reorder the words around it.
namespace DisplayText {

// Control characters become spaces; longer than `maxLength`, it ends with an ellipsis.
QString singleLine(const QString &text, qsizetype maxLength = 300);

// singleLine() inside Unicode isolates (FSI … PDI), so right-to-left marks in it cannot
// flip the sentence it is quoted in.
QString isolated(const QString &text, qsizetype maxLength = 120);

// A tooltip that shows `text` literally, even when it looks like HTML.
QString plainToolTip(const QString &text, qsizetype maxLength = 1000);

} // namespace DisplayText
