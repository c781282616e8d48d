#include "Look.h"

#include "AlertLabelAccessible.h"
#include "PaletteFollower.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QFile>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <cmath>

namespace Look {

namespace {

constexpr double MinimumContrast = 4.5; // WCAG 2 AA, normal text

// The tones' light and dark choices: the only colours the program names. Each is checked
// against its real background (toneColour) before use.
QColor lightChoice(Tone tone) {
    switch (tone) {
    case Tone::Error:
        return QColor::fromRgb(0xb3, 0x26, 0x1e);
    case Tone::Warning:
        return QColor::fromRgb(0x8a, 0x53, 0x00);
    case Tone::Danger:
        return QColor::fromRgb(0x7f, 0x1d, 0x1d);
    case Tone::Muted:
        break;
    }
    return {};
}

QColor darkChoice(Tone tone) {
    switch (tone) {
    case Tone::Error:
        return QColor::fromRgb(0xff, 0xb4, 0xab);
    case Tone::Warning:
        return QColor::fromRgb(0xff, 0xb9, 0x5c);
    case Tone::Danger:
        return QColor::fromRgb(0xff, 0xda, 0xd6);
    case Tone::Muted:
        break;
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double towardsB) {
    auto channel = [towardsB](double x, double y) {
        return x + (y - x) * towardsB;
    };
    return QColor::fromRgbF(float(channel(a.redF(), b.redF())),
                            float(channel(a.greenF(), b.greenF())),
                            float(channel(a.blueF(), b.blueF())));
}

} // namespace

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

double relativeLuminance(const QColor &colour) {
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColour(Tone tone, const QPalette &palette, QPalette::ColorRole background) {
    const QColor back = palette.color(background);
    // The palette's own text colour for that background reads best: lean towards it until the
    // tone reads well enough (a high-contrast theme may need it all the way).
    const QColor text =
        palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    const QColor extreme = contrastRatio(back, Qt::black) > contrastRatio(back, Qt::white)
                               ? QColor(Qt::black)
                               : QColor(Qt::white);
    const QColor best = contrastRatio(text, back) >= MinimumContrast ? text : extreme;
    QColor colour = tone == Tone::Muted ? mix(text, back, 0.35)
                                        : (isDark(palette) ? darkChoice(tone) : lightChoice(tone));
    for (int step = 1; step <= 10 && contrastRatio(colour, back) < MinimumContrast; ++step)
        colour = mix(colour, best, 0.1 * step);
    return colour;
}

void followPalette(QWidget *widget, std::function<void()> apply) {
    new PaletteFollower(widget, std::move(apply));
}

void makeHeading(QLabel *label, double scale) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
}

void setTone(QWidget *widget, Tone tone, bool bold) {
    if (bold) {
        QFont font = widget->font();
        font.setBold(true);
        widget->setFont(font);
    }
    QPointer<QWidget> guarded(widget);
    followPalette(widget, [guarded, tone] {
        if (!guarded)
            return;
        // From the parent's palette: the widget's own already carries the previous tone.
        const QWidget *source = guarded->parentWidget() ? guarded->parentWidget() : guarded.data();
        QPalette palette = guarded->palette();
        const QColor colour = toneColour(tone, source->palette());
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::WindowText, colour);
            palette.setColor(group, QPalette::ButtonText, colour);
        }
        guarded->setPalette(palette);
    });
}

void makeError(QLabel *label) {
    setTone(label, Tone::Error);
    AlertLabelAccessible::mark(label);
}

void makeBand(QLabel *band, Tone tone) {
    QFont font = band->font();
    font.setBold(true);
    band->setFont(font);
    band->setAutoFillBackground(true);
    QPointer<QLabel> guarded(band);
    followPalette(band, [guarded, tone] {
        if (!guarded)
            return;
        const QWidget *source = guarded->parentWidget() ? guarded->parentWidget() : guarded.data();
        const QPalette inherited = source->palette();
        // The tone as background, dark or light enough to carry the window's colour as text.
        const QColor background = toneColour(tone, inherited);
        QPalette palette = guarded->palette();
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Window, background);
            palette.setColor(group, QPalette::WindowText, inherited.color(QPalette::Window));
        }
        guarded->setPalette(palette);
    });
}

QLabel *problemLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    makeError(label);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text) {
    label->setText(text);
    label->show();
    announce(label);
}

void announce(QWidget *widget) {
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void makeReadOnly(QLineEdit *field) {
    field->setReadOnly(true);
    QPointer<QLineEdit> guarded(field);
    followPalette(field, [guarded] {
        if (!guarded)
            return;
        QPalette palette = guarded->palette();
        const QPalette inherited =
            guarded->parentWidget() ? guarded->parentWidget()->palette() : palette;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Base, inherited.color(group, QPalette::Window));
            palette.setColor(group, QPalette::Text, inherited.color(group, QPalette::WindowText));
        }
        guarded->setPalette(palette);
    });
}

QIcon tintedIcon(const QString &resource, const QColor &colour, const QColor &selected) {
    static QHash<QString, QIcon> cache;
    const QString key = resource + QLatin1Char('|') + colour.name(QColor::HexArgb) +
                        QLatin1Char('|') + (selected.isValid() ? selected.name() : QString());
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The icons are drawn in one colour: every colour in them becomes the one asked for.
    const QString svg = QString::fromUtf8(file.readAll());
    static const QRegularExpression anyColour(
        QStringLiteral("#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b"));
    QIcon icon;
    auto addPixmaps = [&](const QColor &ink, QIcon::Mode mode) {
        QString tinted = svg;
        tinted.replace(anyColour, ink.name(QColor::HexRgb));
        QSvgRenderer renderer(tinted.toUtf8());
        // Pixmaps up to four times the usual sizes: sharp at a scale factor of 2 and more.
        for (const int side : {16, 20, 22, 24, 32, 40, 44, 48, 64, 80, 96}) {
            QPixmap pixmap(side, side);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    };
    addPixmaps(colour, QIcon::Normal);
    if (selected.isValid())
        addPixmaps(selected, QIcon::Selected);
    cache.insert(key, icon);
    return icon;
}

void setIcon(QAbstractButton *button, const QString &resource) {
    QPointer<QAbstractButton> guarded(button);
    followPalette(button, [guarded, resource] {
        if (guarded)
            guarded->setIcon(tintedIcon(resource, guarded->palette().color(QPalette::ButtonText)));
    });
}

void setIcon(QAction *action, const QString &resource, QWidget *owner) {
    QPointer<QAction> guarded(action);
    followPalette(owner, [guarded, resource, owner] {
        if (guarded)
            guarded->setIcon(tintedIcon(resource, owner->palette().color(QPalette::WindowText)));
    });
}

void setIconPixmap(QLabel *label, const QString &resource, int size, Tone tone) {
    QPointer<QLabel> guarded(label);
    followPalette(label, [guarded, resource, size, tone] {
        if (!guarded)
            return;
        const QIcon icon = tintedIcon(resource, toneColour(tone, guarded->palette()));
        guarded->setPixmap(icon.pixmap(QSize(size, size), guarded->devicePixelRatioF()));
    });
}

} // namespace Look
