#pragma once

class QLabel;
class QLineEdit;
class QString;
class QWidget;

// The few visual habits every dialog shares, in one place.
namespace Look {

// A dialog's title line, larger than the body text.
void makeHeading(QLabel *label, double scale = 1.4);
// Red text for what is wrong: a field's problem, a failed request.
void makeError(QLabel *label);
// A plain-text, word-wrapped, hidden error label, shown when there is something to say.
QLabel *problemLabel(QWidget *parent, const QString &objectName);
// A read-only field that does not look editable, as in the portal.
void makeReadOnly(QLineEdit *field);

} // namespace Look
