#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "CreateTokenDialog.h"
#include "CredentialStore.h"
#include "Look.h"
#include "MainWindow.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <map>

namespace {

constexpr double TextContrast = 4.5; // WCAG 2 AA, normal text
constexpr double IconContrast = 3.0; // WCAG 2 AA, graphical objects

// A dark theme as the desktop gives one: every role dark but text and the selection.
QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x29, 0x2c));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x5f, 0xa8));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xa8));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x88));
    return palette;
}

// The colour most pixels of `area` have: what the text there is drawn on.
QColor backgroundOf(const QImage &image, const QRect &area) {
    std::map<QRgb, int> counts;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    QRgb best = 0;
    int most = -1;
    for (const auto &[rgb, count] : counts)
        if (count > most) {
            best = rgb;
            most = count;
        }
    return QColor::fromRgb(best);
}

// The average colour of an icon's opaque pixels: what is seen of it.
QColor inkOf(const QIcon &icon) {
    const QImage image =
        icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            r += pixel.redF();
            g += pixel.greenF();
            b += pixel.blueF();
            ++n;
        }
    return n ? QColor::fromRgbF(float(r / n), float(g / n), float(b / n)) : QColor();
}

QString describe(const QWidget *widget) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

// Renders the main window (tokens of every status, the production band, an error in the
// message bar), the revoke dialog and the create dialog in a light and then a dark palette, as
// the desktop switches while the program runs, and measures each text against what is under it.
class TestThemeContrast : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void contrastRatioIsWcags();
    void tonesReadOnEveryWindowColour();
    void everyTextReadsInLightAndDark();
    void connectionManagerAndSecretReadInLightAndDark();

private:
    // Every text and icon of `window` too faint against its background, one line each.
    QStringList measure(QWidget *window, const QString &name) const;
    QStringList measureItems(QAbstractItemView *view, const QImage &image, QWidget *window) const;
    void measureInLightAndDark(const QList<QPair<QWidget *, QString>> &windows);
};

void TestThemeContrast::initTestCase() {
    setUpApplication(QStringLiteral("tst_themecontrast"));
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestThemeContrast::init() {
    setUpFixture();
    QApplication::setPalette(QApplication::style()->standardPalette());
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox");
    endpoint.production = true; // its band, in the error tone
    openMainWindow({.endpoint = endpoint, .size = {1360, 760}});
    QTRY_VERIFY(m_window->session()->model()->rowCount() > 0);
    QTRY_VERIFY(!m_window->session()->isBusy());
}

void TestThemeContrast::cleanup() {
    tearDownFixture();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestThemeContrast::contrastRatioIsWcags() {
    QCOMPARE(qRound(Look::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(Look::contrastRatio(Qt::white, Qt::white) * 100), 100);
    // WCAG's own examples: #767676 is the lightest grey that passes on white, #777777 fails.
    QVERIFY(Look::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(Look::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // The red of the light theme, on a dark window: what a dark theme used to get.
    QVERIFY(Look::contrastRatio(QColor(0xb3, 0x26, 0x1e), QColor(0x2a, 0x2e, 0x32)) < 2.5);
}

void TestThemeContrast::tonesReadOnEveryWindowColour() {
    // From black to white, and a high-contrast theme's mid greys between, with the palette's
    // text in black or white, whichever it gives.
    for (int grey = 0; grey <= 255; grey += 5) {
        QPalette palette;
        const QColor window(grey, grey, grey);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, grey < 128 ? Qt::white : Qt::black);
        for (const Look::Tone tone :
             {Look::Tone::Error, Look::Tone::Warning, Look::Tone::Danger, Look::Tone::Muted}) {
            const QColor colour = Look::toneColour(tone, palette);
            QVERIFY2(Look::contrastRatio(colour, window) >= TextContrast,
                     qPrintable(QStringLiteral("tone %1: %2 on %3")
                                    .arg(int(tone))
                                    .arg(colour.name(), window.name())));
        }
    }
}

QStringList TestThemeContrast::measureItems(QAbstractItemView *table, const QImage &image,
                                            QWidget *window) const {
    QStringList failures;
    const QAbstractItemModel *model = table->model();
    const QPoint origin = table->viewport()->mapTo(window, QPoint(0, 0));
    for (int row = 0; row < model->rowCount(); ++row) {
        // The selection's colours are the desktop theme's own, not the program's.
        if (table->selectionModel()->isRowSelected(row, {}))
            continue;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect cell = table->visualRect(index);
            if (cell.isEmpty() || index.data().toString().isEmpty() ||
                !table->viewport()->rect().contains(cell))
                continue;
            const QVariant foreground = index.data(Qt::ForegroundRole);
            const QColor text = foreground.isValid() ? foreground.value<QBrush>().color()
                                                     : table->palette().color(QPalette::Text);
            const QColor back = backgroundOf(image, cell.translated(origin));
            if (index.data(Qt::DecorationRole).isValid()) {
                // The icon at the cell's start: its strongest pixel against the background.
                const QRect icon = QRect(cell.left(), cell.top(), 24, cell.height())
                                       .translated(origin)
                                       .intersected(image.rect());
                double strongest = 1;
                for (int y = icon.top(); y <= icon.bottom(); ++y)
                    for (int x = icon.left(); x <= icon.right(); ++x)
                        strongest =
                            std::max(strongest,
                                     Look::contrastRatio(QColor::fromRgb(image.pixel(x, y)), back));
                if (strongest < IconContrast)
                    failures.append(QStringLiteral("icon of cell %1,%2: at most %3:1 on %4")
                                        .arg(row)
                                        .arg(column)
                                        .arg(strongest, 0, 'f', 2)
                                        .arg(back.name()));
            }
            const double ratio = Look::contrastRatio(text, back);
            if (ratio < TextContrast)
                failures.append(QStringLiteral("cell %1,%2 \"%3\": %4 on %5 is %6:1")
                                    .arg(row)
                                    .arg(column)
                                    .arg(index.data().toString(), text.name(), back.name())
                                    .arg(ratio, 0, 'f', 2));
        }
    }
    return failures;
}

QStringList TestThemeContrast::measure(QWidget *window, const QString &name) const {
    QStringList failures;
    const QPixmap pixmap = window->grab();
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    pixmap.save(QDir(dir).filePath(QStringLiteral("token-admin-%1.png").arg(name)));
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window || !widget->isEnabled())
            continue; // WCAG leaves disabled controls out
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->pixmap().isNull() ? label->text() : QString();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *field = qobject_cast<QLineEdit *>(widget))
            text = field->text();
        else if (auto *box = qobject_cast<QComboBox *>(widget))
            text = box->currentText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget);
                 view && !qobject_cast<QHeaderView *>(widget))
            failures += measureItems(view, image, window);
        const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
        const QColor back = backgroundOf(image, area);
        if (!text.trimmed().isEmpty()) {
            QPalette::ColorRole role = widget->foregroundRole();
            if (qobject_cast<QLineEdit *>(widget))
                role = QPalette::Text;
            const QColor colour = widget->palette().color(role);
            const double ratio = Look::contrastRatio(colour, back);
            if (ratio < TextContrast)
                failures.append(
                    QStringLiteral("%1 \"%2\": %3 on %4 is %5:1")
                        .arg(describe(widget), text.left(40), colour.name(), back.name())
                        .arg(ratio, 0, 'f', 2));
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && !button->icon().isNull()) {
            const QColor ink = inkOf(button->icon());
            const double ratio = Look::contrastRatio(ink, back);
            if (ratio < IconContrast)
                failures.append(QStringLiteral("icon of %1: %2 on %3 is %4:1")
                                    .arg(describe(widget), ink.name(), back.name())
                                    .arg(ratio, 0, 'f', 2));
        }
    }
    return failures;
}

void TestThemeContrast::everyTextReadsInLightAndDark() {
    // Tokens of every status, one selected for the details panel.
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    QSet<int> statuses;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        statuses.insert(table->model()->index(row, 0).data(TokenTableModel::StatusRole).toInt());
    // Every status the server's data gives; Disabled also needs the history's record.
    QVERIFY(!statuses.contains(int(TokenStatus::Disabled)));
    QCOMPARE(statuses.size(), TokenStatusCount - 1);

    // The revoke dialog, saying the token is gone, with its details shown.
    QString target;
    for (int row = 1; row < table->model()->rowCount() && target.isEmpty(); ++row)
        if (table->model()->index(row, 0).data(TokenTableModel::StatusRole).toInt() ==
            int(TokenStatus::Active))
            target = table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString();
    m_window->selectToken(target);
    m_window->findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
    RevokeTokenDialog *revoke = nullptr;
    QTRY_VERIFY((revoke = m_window->findChild<RevokeTokenDialog *>()) && revoke->isVisible());
    QVERIFY(m_sandbox->removeToken(target));
    revoke->findChild<QAbstractButton *>(QStringLiteral("detailsToggle"))->click();
    revoke->findChild<QAbstractButton *>(QStringLiteral("riskCheckBox"))->click();
    // A production connection: the token's description is typed too.
    QTest::keyClicks(revoke->findChild<QLineEdit *>(QStringLiteral("confirmDescriptionField")),
                     revoke->confirmationText());
    QVERIFY(revoke->findChild<QAbstractButton *>(QStringLiteral("revokeButton"))->isEnabled());
    revoke->findChild<QAbstractButton *>(QStringLiteral("revokeButton"))->click();
    QTRY_VERIFY(revoke->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    revoke->move(m_window->pos() + QPoint(40, 40));

    // The create dialog, with a field's problem and the server's refusal.
    SandboxFault refused;
    refused.kind = SandboxFault::Kind::Status;
    refused.method = "POST";
    refused.status = 500;
    refused.count = 1;
    m_sandbox->addFault(refused);
    auto *create = new CreateTokenDialog(m_window->session(), m_window);
    create->setAttribute(Qt::WA_DeleteOnClose);
    create->show();
    QVERIFY(QTest::qWaitForWindowExposed(create));
    auto *description = create->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    QTest::keyClicks(description, QStringLiteral("Contrast"));
    // No permission chosen: the confirmation, in the warning tone, is on screen and ticked.
    create->findChild<QAbstractButton *>(QStringLiteral("noPermissionsConfirm"))->click();
    create->findChild<QAbstractButton *>(QStringLiteral("createButton"))->click();
    QTRY_VERIFY(create->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    // Emptied from the keyboard: "A token description is required."
    QTest::keyClick(description, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(description, Qt::Key_Backspace);
    QTRY_VERIFY(create->findChild<QLabel *>(QStringLiteral("descriptionProblem"))->isVisible());

    // A token in the details panel, and an error in the message bar (a refresh that failed).
    QTRY_VERIFY(!m_window->session()->isBusy());
    m_window->selectToken(
        table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString());
    SandboxFault failing;
    failing.kind = SandboxFault::Kind::Status;
    failing.method = "GET";
    failing.path = QRegularExpression(QStringLiteral("/tokens$"));
    failing.status = 500;
    failing.count = 1;
    m_sandbox->addFault(failing);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("messageBar"))->isVisible());
    QTRY_VERIFY(!m_window->session()->isBusy());

    measureInLightAndDark({{m_window, QStringLiteral("main")},
                           {revoke, QStringLiteral("revoke")},
                           {create, QStringLiteral("create")}});
}

void TestThemeContrast::measureInLightAndDark(const QList<QPair<QWidget *, QString>> &windows) {
    const struct {
        const char *name;
        QPalette palette;
    } themes[] = {{"light", QApplication::style()->standardPalette()}, {"dark", darkPalette()}};
    for (const auto &theme : themes) {
        // The desktop switches while the windows are open: they follow.
        QApplication::setPalette(theme.palette);
        QCoreApplication::processEvents();
        QStringList failures;
        for (const auto &[window, name] : windows)
            failures += measure(window, name + QLatin1Char('-') + QLatin1String(theme.name));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QLatin1String(theme.name) + QStringLiteral(":\n  ") +
                            failures.join(QStringLiteral("\n  "))));
    }
}

void TestThemeContrast::connectionManagerAndSecretReadInLightAndDark() {
    // A production connection (its name in the error tone) and a problem to say.
    CredentialStore credentials(QStringLiteral("Token Admin contrast test"));
    ConnectionController controller(&credentials);
    controller.load(QDir::temp().filePath(QStringLiteral("no-such-influxctl-config.toml")));
    QList<Connection> connections;
    for (const bool production : {true, false}) {
        Connection connection;
        connection.id = newSavedConnectionId();
        connection.name = production ? QStringLiteral("Production EU") : QStringLiteral("Staging");
        connection.apiUrl = m_sandbox->apiUrl();
        connection.accountId = m_sandbox->accountId();
        connection.clusterId = m_sandbox->clusterId();
        connection.production = production;
        connections.append(connection);
    }
    controller.saveConnections(connections);
    ConnectionManagerDialog manager(&controller);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    manager.findChild<QListWidget *>()->setCurrentRow(1);
    manager.showProblem(QStringLiteral("The server refused the management token (HTTP 401)."));

    Token token;
    token.id = QStringLiteral("0b9e1f2a-5c1d-4e8f-9a7b-3c2d1e0f4a5b");
    token.description = QStringLiteral("Telegraf on edge-01");
    TokenSecretDialog secret(token, QStringLiteral("apiv1_example-secret"));
    secret.show();
    QVERIFY(QTest::qWaitForWindowExposed(&secret));

    measureInLightAndDark(
        {{&manager, QStringLiteral("connections")}, {&secret, QStringLiteral("secret")}});
}

QTEST_MAIN(TestThemeContrast)
#include "tst_ThemeContrast.moc"
