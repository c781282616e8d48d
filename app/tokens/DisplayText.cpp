#include "DisplayText.h"

namespace DisplayText {

QString singleLine(const QString &text, qsizetype maxLength) {
    QString line = text.left(maxLength);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (text.size() > maxLength)
        line += QChar(0x2026);
    return line;
}

QString isolated(const QString &text, qsizetype maxLength) {
    return QChar(0x2068) + singleLine(text, maxLength) + QChar(0x2069);
}

QString plainToolTip(const QString &text, qsizetype maxLength) {
    // Qt shows a tooltip as rich text when it looks like HTML: make it HTML, escaped.
    QString shown = text.left(maxLength);
    if (text.size() > maxLength)
        shown += QChar(0x2026);
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(shown.toHtmlEscaped());
}

} // namespace DisplayText
