#pragma once

#include <QPalette>

#include <functional>

class QAbstractButton;
class QAction;
class QColor;
class QIcon;
class QLabel;
class QLineEdit;
class QString;
class QWidget;

// The few visual habits every dialog shares, in one place. Colours come from the palette: a
// tone is a light or a dark choice, picked by the palette's lightness and made darker or
// lighter until it reads at 4.5:1 (WCAG AA) on its background. Whatever Look sets follows the
// palette when the system switches between light and dark.
namespace Look {

enum class Tone {
    Error,   // what is wrong: a field's problem, a failed request
    Warning, // what deserves a second look, not an error
    Danger,  // a darker red, apart from Error where both show at once
    Muted,   // secondary text: a connection that cannot be used
};

// True when the palette's window is dark (a dark theme).
bool isDark(const QPalette &palette);
// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// The tone's colour for text on the palette's `background`, at least 4.5:1 against it.
QColor toneColour(Tone tone, const QPalette &palette,
                  QPalette::ColorRole background = QPalette::Window);

// Calls `apply` now and whenever the widget's palette or style changes (the system switched
// between light and dark): what it sets is recomputed from the new palette.
void followPalette(QWidget *widget, std::function<void()> apply);

// A dialog's title line, larger than the body text.
void makeHeading(QLabel *label, double scale = 1.4);
// Text in a tone (for labels, and the text of buttons and check boxes), bold if asked.
void setTone(QWidget *widget, Tone tone, bool bold = false);
// Red text for what is wrong: a field's problem, a failed request. A screen reader knows it
// as an alert, named by its text.
void makeError(QLabel *label);
// A band across the window: the tone as background, text in the palette's window colour.
void makeBand(QLabel *band, Tone tone);
// A plain-text, word-wrapped, hidden error label, shown when there is something to say.
QLabel *problemLabel(QWidget *parent, const QString &objectName);
// Shows `text` in a problem label and announces it to assistive technology. Its accessible
// name is its text (never a caption such as "Error").
void showProblem(QLabel *label, const QString &text);
// Sends an accessibility alert for the widget: a screen reader reads its name at once.
void announce(QWidget *widget);
// A read-only field that does not look editable, as in the portal.
void makeReadOnly(QLineEdit *field);

// A single-colour SVG icon from the resources, drawn in `colour` (and in `selected` when its
// item is selected, if given), sharp at any scale.
QIcon tintedIcon(const QString &resource, const QColor &colour, const QColor &selected = {});
// Icons in the owner's text colour, kept so through palette changes.
void setIcon(QAbstractButton *button, const QString &resource);
void setIcon(QAction *action, const QString &resource, QWidget *owner);
// A label showing an icon in a tone (the warning sign), `size` device-independent pixels.
void setIconPixmap(QLabel *label, const QString &resource, int size, Tone tone);

} // namespace Look
