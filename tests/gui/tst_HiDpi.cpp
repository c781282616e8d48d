#include "MainWindow.h"

#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// Runs at QT_SCALE_FACTOR=2 on a 1920×1080 screen (see CMakeLists.txt): a screen of 960×540
// device-independent pixels, as a laptop at double scale gives.
class TestHiDpi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstWindowFitsTheScreen();
    void iconsAreDrawnAtTheScreensResolution();
};

void TestHiDpi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_hidpi"));
    QSettings().clear(); // a first start: no saved geometry
    QVERIFY2(qFuzzyCompare(QApplication::primaryScreen()->devicePixelRatio(), 2.0),
             "run through ctest: QT_SCALE_FACTOR=2");
}

void TestHiDpi::firstWindowFitsTheScreen() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    // The first window is made to fit the screen where it opens (the window's own sizing).
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1×%2 at %3,%4 on %5×%6")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestHiDpi::iconsAreDrawnAtTheScreensResolution() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A grab is in device pixels: twice the logical size.
    const QPixmap grab = window.grab();
    QCOMPARE(grab.devicePixelRatio(), 2.0);
    QCOMPARE(grab.size(), window.size() * 2);
    // The icons have pixmaps for it: a 16-pixel icon is drawn from 32 pixels, not scaled up.
    auto *refresh = window.findChild<QPushButton *>(QStringLiteral("refreshButton"));
    QVERIFY(refresh);
    const QPixmap icon = refresh->icon().pixmap(QSize(16, 16), window.devicePixelRatio());
    QCOMPARE(icon.devicePixelRatio(), 2.0);
    QCOMPARE(icon.size(), QSize(32, 32));
    const QImage image = icon.toImage();
    // Sharp: some pixels fully drawn, not only the blur of an enlarged 16-pixel image.
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += image.pixelColor(x, y).alpha() == 255;
    QVERIFY(opaque > 20);
}

QTEST_MAIN(TestHiDpi)
#include "tst_HiDpi.moc"
