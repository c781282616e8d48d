#include "MainWindow.h"

#include "AboutDialog.h"
#include "BulkRevokeDialog.h"
#include "ChangeHistory.h"
#include "CreateTokenDialog.h"
#include "DatabaseAccessModel.h"
#include "DatabasesPanel.h"
#include "DiagnosticReport.h"
#include "DisableTokenDialog.h"
#include "DisplayText.h"
#include "EditTokenDialog.h"
#include "EmptyStateOverlay.h"
#include "ErrorHistory.h"
#include "HistoryBar.h"
#include "HistoryWindow.h"
#include "KeyboardShortcutsDialog.h"
#include "Look.h"
#include "MessageBar.h"
#include "QuickFilterBar.h"
#include "ReenableTokenDialog.h"
#include "RevokeTokenDialog.h"
#include "RotateTokenDialog.h"
#include "TokenDetailsPanel.h"
#include "TokenExport.h"
#include "TokenFilterModel.h"
#include "TokenFlagsDelegate.h"
#include "TokenHistoryList.h"
#include "TokenOptionsDelegate.h"
#include "TokenRowDelegate.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenStatusDelegate.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int DetailsPanelWidth = 300;

QAction *makeAction(QWidget *parent, const QString &objectName, const QString &text,
                    const QList<QKeySequence> &shortcuts, const QString &icon = {}) {
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    if (!icon.isEmpty())
        Look::setIcon(action, icon, parent);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_proxy(new TokenFilterModel(this)) {
    // An empty list until a session opens, so the header has its columns from the start.
    m_proxy->setSourceModel(new TokenTableModel(this));
    m_databaseAccess =
        new DatabaseAccessModel(qobject_cast<TokenTableModel *>(m_proxy->sourceModel()), this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Token Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/token-admin.svg")));
    createActions();
    createMenus();
    createCentralArea();
    createHelpMenu();
    createStatusBar();
    restoreSettings();
    updateActions();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_connectAction = makeAction(this, QStringLiteral("actionConnect"), tr("&Connect…"),
                                 {QKeySequence(tr("Ctrl+Shift+O"))});
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    m_quitAction =
        makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), {QKeySequence::Quit});
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = makeAction(this, QStringLiteral("actionRefresh"), tr("&Refresh"),
                                 {QKeySequence::Refresh}, QStringLiteral(":/icons/refresh.svg"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    m_findAction =
        makeAction(this, QStringLiteral("actionFind"), tr("&Find"), {QKeySequence::Find});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_viewDetailsAction = makeAction(this, QStringLiteral("actionViewDetails"), tr("View &details"),
                                     {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                                     QStringLiteral(":/icons/details.svg"));
    connect(m_viewDetailsAction, &QAction::triggered, this, &MainWindow::viewDetails);
    m_copyIdAction = makeAction(this, QStringLiteral("actionCopyId"), tr("Copy token &ID"),
                                {QKeySequence::Copy}, QStringLiteral(":/icons/copy.svg"));
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedId);
    m_revokeAction = makeAction(this, QStringLiteral("actionRevoke"), tr("&Revoke token…"),
                                {QKeySequence::Delete}, QStringLiteral(":/icons/revoke.svg"));
    connect(m_revokeAction, &QAction::triggered, this, &MainWindow::revokeSelected);

    m_newTokenAction =
        makeAction(this, QStringLiteral("actionNewToken"), tr("&Create Database Token…"),
                   {QKeySequence::New}, QStringLiteral(":/icons/add.svg"));
    connect(m_newTokenAction, &QAction::triggered, this, &MainWindow::createToken);
    m_editAction = makeAction(this, QStringLiteral("actionEditToken"), tr("&Edit token…"),
                              {QKeySequence(Qt::Key_F2)}, QStringLiteral(":/icons/edit.svg"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    m_rotateAction = makeAction(this, QStringLiteral("actionRotateToken"), tr("R&otate token…"), {},
                                QStringLiteral(":/icons/refresh.svg"));
    m_rotateAction->setToolTip(tr("Create a token to replace this one, then revoke this one"));
    connect(m_rotateAction, &QAction::triggered, this, &MainWindow::rotateSelected);
    m_disableAction = makeAction(this, QStringLiteral("actionDisable"), tr("Di&sable token…"), {},
                                 QStringLiteral(":/icons/status-disabled.svg"));
    connect(m_disableAction, &QAction::triggered, this, &MainWindow::disableSelected);
    m_reenableAction =
        makeAction(this, QStringLiteral("actionReenable"), tr("Re-ena&ble token…"), {});
    connect(m_reenableAction, &QAction::triggered, this, &MainWindow::reenableSelected);

    m_historyAction = makeAction(this, QStringLiteral("actionHistory"), tr("&History…"),
                                 {QKeySequence(tr("Ctrl+H"))});
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);

    m_showOptionsAction = makeAction(this, QStringLiteral("actionShowOptions"), tr("Token options"),
                                     {QKeySequence(Qt::Key_Menu), QKeySequence(tr("Shift+F10"))});
    m_showOptionsAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_showOptionsAction, &QAction::triggered, this, &MainWindow::showOptionsForSelection);
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_connectAction);
    fileMenu->addSeparator();

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_findAction);
    viewMenu->addSeparator();
    createDetailsToggle();
    viewMenu->addAction(m_toggleDetailsAction);
    createHygieneActions(fileMenu, viewMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    // The row's options: the same actions serve the ⋮ button, the context menu, the
    // keyboard and the menu bar's Token menu.
    m_tokenMenu = new QMenu(tr("Token options"), this);
    m_tokenMenu->setObjectName(QStringLiteral("tokenMenu"));
    const QList<QAction *> rowActions{m_viewDetailsAction, m_editAction, m_copyIdAction};
    m_tokenMenu->addActions(rowActions);
    m_tokenMenu->addAction(m_rotateAction);
    m_tokenMenu->addSeparator();
    const QList<QAction *> switchActions{m_disableAction, m_reenableAction};
    m_tokenMenu->addActions(switchActions);
    m_tokenMenu->addAction(m_revokeAction);

    QMenu *tokenBarMenu = menuBar()->addMenu(tr("&Token"));
    tokenBarMenu->setObjectName(QStringLiteral("tokenBarMenu"));
    tokenBarMenu->addAction(m_newTokenAction);
    tokenBarMenu->addSeparator();
    tokenBarMenu->addActions(rowActions);
    tokenBarMenu->addAction(m_rotateAction);
    tokenBarMenu->addSeparator();
    tokenBarMenu->addActions(switchActions);
    tokenBarMenu->addAction(m_revokeAction);
    tokenBarMenu->addSeparator();
    tokenBarMenu->addAction(m_historyAction);
}

void MainWindow::createHelpMenu() {
    m_errorHistory = new ErrorHistory(this);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));

    QAction *shortcuts = makeAction(this, QStringLiteral("actionKeyboardShortcuts"),
                                    tr("&Keyboard shortcuts"), {QKeySequence::HelpContents});
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new KeyboardShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *diagnostics =
        makeAction(this, QStringLiteral("actionCopyDiagnostics"),
                   tr("Copy &diagnostic information"), {}, QStringLiteral(":/icons/copy.svg"));
    connect(diagnostics, &QAction::triggered, this, [this] {
        DiagnosticReport report;
        report.connectionKind = connectionKindOf(m_switcher->property("currentId").toString());
        report.endpoint = m_session ? &m_session->endpoint() : nullptr;
        report.errors = m_errorHistory->entries();
        QGuiApplication::clipboard()->setText(report.text());
        statusBar()->showMessage(tr("Copied diagnostic information: versions, platform, the kind "
                                    "of connection and the latest errors, without any token, "
                                    "secret or ID."),
                                 8000);
    });
    QAction *about = makeAction(this, QStringLiteral("actionAbout"), tr("&About Token Admin"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    helpMenu->addAction(shortcuts);
    helpMenu->addAction(diagnostics);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
}

void MainWindow::createCentralArea() {
    // Bands under the menu bar that say, for as long as the connection is open, that it is
    // production or that its certificates are not checked.
    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->setSpacing(0);
    auto makeBand = [outer](const QString &objectName, Look::Tone tone) {
        auto *band = new QLabel(outer);
        band->setObjectName(objectName);
        band->setTextFormat(Qt::PlainText);
        band->setWordWrap(true);
        band->setAlignment(Qt::AlignCenter);
        band->setContentsMargins(12, 5, 12, 5);
        Look::makeBand(band, tone);
        band->hide();
        return band;
    };
    m_productionBand = makeBand(QStringLiteral("productionBand"), Look::Tone::Error);
    m_insecureBand = makeBand(QStringLiteral("insecureBand"), Look::Tone::Danger);
    outerLayout->addWidget(m_productionBand);
    outerLayout->addWidget(m_insecureBand);
    // The sandbox says what it is, in the palette's own colours.
    m_sandboxBand = new QLabel(
        tr("Sandbox — sample data on this computer; nothing here touches a real cluster"), outer);
    m_sandboxBand->setObjectName(QStringLiteral("sandboxBand"));
    m_sandboxBand->setAccessibleName(m_sandboxBand->text());
    m_sandboxBand->setTextFormat(Qt::PlainText);
    m_sandboxBand->setWordWrap(true);
    m_sandboxBand->setAlignment(Qt::AlignCenter);
    m_sandboxBand->setContentsMargins(12, 4, 12, 4);
    m_sandboxBand->setAutoFillBackground(true);
    m_sandboxBand->setBackgroundRole(QPalette::Highlight);
    m_sandboxBand->setForegroundRole(QPalette::HighlightedText);
    m_sandboxBand->hide();
    outerLayout->addWidget(m_sandboxBand);

    auto *central = new QWidget(outer);
    outerLayout->addWidget(central, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);

    auto *heading = new QLabel(tr("Database Tokens"), central);
    Look::makeHeading(heading, 1.6);
    auto *subtitle = new QLabel(tr("Database tokens grant read and write permissions to one or "
                                   "more databases and allow for actions like writing and "
                                   "querying data."),
                                central);
    subtitle->setWordWrap(true);
    // Like the portal's cluster switcher: the open connection, and the others one click away.
    m_switcher = new QComboBox(central);
    m_switcher->setObjectName(QStringLiteral("connectionSwitcher"));
    m_switcher->setAccessibleName(tr("Connection"));
    m_switcher->setToolTip(tr("Switch to another connection"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumWidth(200);
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_switcher->itemData(index).toString();
        if (id.isEmpty())
            Q_EMIT connectRequested();
        else if (id != m_switcher->property("currentId").toString())
            Q_EMIT switchRequested(id);
    });
    auto *switcherLabel = new QLabel(tr("C&onnection:"), central);
    switcherLabel->setBuddy(m_switcher);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addStretch(1);
    headingRow->addWidget(switcherLabel);
    headingRow->addWidget(m_switcher);
    layout->addLayout(headingRow);
    layout->addWidget(subtitle);

    auto *toolbar = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setPlaceholderText(tr("Search by description or token ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TokenFilterModel::setFilterText);
    for (QToolButton *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear search"));
    m_clearSearchAction = new QAction(tr("Clear search"), m_search);
    m_clearSearchAction->setObjectName(QStringLiteral("actionClearSearch"));
    m_clearSearchAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearSearchAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_clearSearchAction, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(m_clearSearchAction);

    m_showInactive = new QCheckBox(tr("Show inactive tokens"), central);
    m_showInactive->setObjectName(QStringLiteral("showInactiveToggle"));
    m_showInactive->setAccessibleName(tr("Show inactive tokens"));
    m_showInactive->setToolTip(tr("Also list revoked and expired tokens"));
    connect(m_showInactive, &QCheckBox::toggled, m_proxy, &TokenFilterModel::setShowInactive);

    m_refreshButton = new QPushButton(tr("Refresh"), central);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    Look::setIcon(m_refreshButton, QStringLiteral(":/icons/refresh.svg"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Reload the token list from the server (F5)"));
    connect(m_refreshButton, &QPushButton::clicked, m_refreshAction, &QAction::trigger);

    toolbar->addWidget(m_search);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_showInactive);
    m_newTokenButton = new QPushButton(tr("Create Database Token…"), central);
    m_newTokenButton->setObjectName(QStringLiteral("newTokenButton"));
    Look::setIcon(m_newTokenButton, QStringLiteral(":/icons/add.svg"));
    m_newTokenButton->setAccessibleName(tr("Create Database Token"));
    m_newTokenButton->setToolTip(tr("Create a database token (Ctrl+N)"));
    connect(m_newTokenButton, &QPushButton::clicked, m_newTokenAction, &QAction::trigger);

    toolbar->addStretch(1);
    toolbar->addWidget(m_refreshButton);
    toolbar->addWidget(m_newTokenButton);
    layout->addLayout(toolbar);
    createFilterViews(layout);

    m_messageBar = new MessageBar(central);
    connect(m_messageBar, &MessageBar::retryRequested, m_refreshAction, &QAction::trigger);
    layout->addWidget(m_messageBar);
    m_profileFileBar = new MessageBar(central);
    m_profileFileBar->setObjectName(QStringLiteral("profileFileBar"));
    m_profileFileBar->setAccessibleName(tr("influxctl profiles"));
    layout->addWidget(m_profileFileBar);
    m_historyBar = new HistoryBar(central);
    connect(m_historyBar, &HistoryBar::continueRequested, this, [this] {
        if (!m_history)
            return;
        m_history->continueWithoutHistory();
        m_historyBar->showNotice(tr("Changes in this run are sent without being recorded in "
                                    "the history."));
    });
    layout->addWidget(m_historyBar);

    m_table = new TokenTableView(central);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setAccessibleName(tr("Database tokens"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift/Ctrl+click, Shift+arrows and Ctrl+A select several rows, for actions on many tokens.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addAction(m_showOptionsAction);
    // Fixed row heights: no per-row size computation, whatever the list's length.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Column widths: TokenTableView, from the font. Revoked and expired rows dimmed.
    m_table->setItemDelegate(new TokenRowDelegate(m_table));
    connect(m_table->emptyState(), &EmptyStateOverlay::primaryClicked, this,
            [this] { onEmptyStateButton(true); });
    connect(m_table->emptyState(), &EmptyStateOverlay::secondaryClicked, this,
            [this] { onEmptyStateButton(false); });

    m_table->setItemDelegateForColumn(TokenTableModel::StatusColumn,
                                      new TokenStatusDelegate(m_table));
    m_table->setItemDelegateForColumn(TokenTableModel::FlagsColumn,
                                      new TokenFlagsDelegate(m_table));
    auto *delegate = new TokenOptionsDelegate(m_table);
    m_table->setItemDelegateForColumn(TokenTableModel::OptionsColumn, delegate);
    connect(delegate, &TokenOptionsDelegate::optionsRequested, this,
            [this](const QModelIndex &index, const QRect &cell) {
                showOptionsMenu(index, m_table->viewport()->mapToGlobal(cell.bottomLeft()));
            });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            showOptionsMenu(index, m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TokenTableModel::OptionsColumn)
            viewDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });

    keepSelectionInPlace();
    // From one empty result to another the row count does not change, the reason may.
    connect(m_proxy, &TokenFilterModel::rowsChanged, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateActions();
        updateDetails();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateActions();
                // The details show the current row: another row's change leaves them be (a
                // bulk revoke changes a row at every answer).
                const QModelIndex current = m_table->selectionModel()->currentIndex();
                if (!current.isValid() ||
                    (current.row() >= topLeft.row() && current.row() <= bottomRight.row()))
                    updateDetails();
            });

    m_details = new TokenDetailsPanel(central);
    connect(m_details, &TokenDetailsPanel::copyIdRequested, this, &MainWindow::copyTokenId);
    // Finishing a pending rotation is the normal revoke of the old token.
    connect(m_details, &TokenDetailsPanel::finishRotationRequested, this,
            [this](const QString &tokenId) {
                selectToken(tokenId);
                if (selectedTokenId() == tokenId)
                    revokeSelected();
            });
    // A database in the details filters the list to the tokens that can reach it.
    connect(m_details, &TokenDetailsPanel::databaseChosen, this, [this](const QString &database) {
        m_quickFilters->setDatabase(database, TokenFilter::Access::Any);
        m_databasesPanel->showDatabase(database);
        saveFilters();
    });

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    // The selected token's own history, under its details.
    m_tokenHistory = new TokenHistoryList(central);
    // The details and the history are one panel: shown and hidden together.
    m_sidePanel = new QSplitter(Qt::Vertical, central);
    m_sidePanel->setObjectName(QStringLiteral("detailsSplitter"));
    m_sidePanel->addWidget(m_details);
    m_sidePanel->addWidget(m_tokenHistory);
    m_sidePanel->setStretchFactor(0, 3);
    m_sidePanel->setStretchFactor(1, 1);
    m_splitter->addWidget(m_sidePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 0); // a wider window widens the list, not the panel
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false); // hidden with its View menu item, not by dragging
    layout->addWidget(m_splitter, 1);
    setCentralWidget(outer);
}

void MainWindow::createStatusBar() {
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumSize(90, 12);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_clusterLabel = new QLabel(this);
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    m_clusterLabel->setTextFormat(Qt::PlainText);
    m_clusterLabel->setContentsMargins(8, 0, 8, 0);
    m_countLabel = new QLabel(this);
    m_countLabel->setContentsMargins(8, 0, 8, 0);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("lastRefreshLabel"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_summaryLabel);
    connect(m_proxy, &TokenFilterModel::countsChanged, this, &MainWindow::updateSummary);
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_clusterLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
    // Outcomes (revoked, created, saved, copied) are said in the status bar: named by the
    // message and announced, so a screen reader says them too.
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setAccessibleName(tr("Status"));
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        statusBar()->setAccessibleName(message.isEmpty() ? tr("Status") : message);
        if (!message.isEmpty())
            Look::announce(statusBar());
    });
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry"))) {
        // The first window fits the screen, with room for the window's frame.
        const QSize available =
            screen() ? screen()->availableGeometry().size() * 9 / 10 : QSize(1360, 760);
        resize(QSize(1360, 760).boundedTo(available));
    }
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_detailsWanted = settings.value(QStringLiteral("mainWindow/detailsPanel"), true).toBool();
    m_narrow = isNarrow();
    applyDetailsVisibility();
    // Only the sort is kept: widths follow the font in use.
    bool known = false;
    const int column = settings.value(QStringLiteral("tokenTable/sortColumn")).toInt(&known);
    const Qt::SortOrder order =
        settings.value(QStringLiteral("tokenTable/sortOrder")).toInt() == Qt::DescendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
    // Enabling sorting sorts at once by the indicator; then apply the one wanted.
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(known && column >= 0 && column < TokenTableModel::ColumnCount
                              ? column
                              : int(TokenTableModel::IdColumn),
                          order);
    if (m_splitter->sizes().value(1) == 0 ||
        !settings.contains(QStringLiteral("mainWindow/splitter")))
        m_splitter->setSizes({width() - DetailsPanelWidth, DetailsPanelWidth});
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/detailsPanel"), m_detailsWanted);
    settings.remove(QStringLiteral("tokenTable/header")); // pixel widths of an older version
    settings.setValue(QStringLiteral("tokenTable/sortColumn"),
                      m_table->horizontalHeader()->sortIndicatorSection());
    settings.setValue(QStringLiteral("tokenTable/sortOrder"),
                      int(m_table->horizontalHeader()->sortIndicatorOrder()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    saveFilters();
    event->accept();
}

void MainWindow::openSession(TokenSession *session) {
    saveFilters(); // the connection being left's
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    m_session = session;
    session->setParent(this);
    m_errorHistory->watch(session);
    if (m_history)
        session->setHistory(m_history);
    // Swapping the model re-creates the header's sections: keep widths and sort order.
    const QByteArray headerState = m_table->horizontalHeader()->saveState();
    m_proxy->setSourceModel(session->model());
    m_table->horizontalHeader()->restoreState(headerState);
    m_databaseAccess->setTokenModel(session->model());
    session->model()->setExpiringSoonWithin(std::chrono::days(m_expiringSoonDays));
    m_messageBar->hide();
    updateConnectionIndicators();

    connect(session, &TokenSession::busyChanged, this, [this](bool busy) {
        m_busyIndicator->setVisible(busy);
        updateActions();
        updateEmptyState();
    });
    connect(session, &TokenSession::refreshed, this, &MainWindow::onRefreshed);
    connect(session, &TokenSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(session, &TokenSession::unauthorized, this, &MainWindow::tokenRejected);
    connect(session, &TokenSession::revokeFinished, this, &MainWindow::onRevokeFinished);
    connect(session, &TokenSession::createFinished, this, &MainWindow::onCreateFinished);
    connect(session, &TokenSession::updateFinished, this, &MainWindow::onUpdateFinished);
    connect(
        session, &TokenSession::disableFinished, this,
        [this](const QString &id, const ApiError &error) { onSwitchFinished(id, error, true); });
    connect(
        session, &TokenSession::reenableFinished, this,
        [this](const QString &id, const ApiError &error) { onSwitchFinished(id, error, false); });
    connect(session, &TokenSession::knownDatabasesChanged, this, &MainWindow::updateDatabasesNote);
    restoreFilters();
    updateDatabasesNote();
    updateCounts();
    updateActions();
    session->refresh();
    updateActions();
}

void MainWindow::showProfileFileProblem(const QString &text) {
    m_profileFileBar->showNotice(text);
}

void MainWindow::setConnectionLabel(const QString &name, bool production) {
    if (!m_session)
        return;
    m_session->setConnectionLabel(name, production);
    updateConnectionIndicators();
}

void MainWindow::updateConnectionIndicators() {
    const bool open = m_session;
    const Endpoint endpoint = open ? m_session->endpoint() : Endpoint();
    if (open) {
        // Ends with the program's name, so that the platform does not add it again.
        setWindowTitle(endpoint.production
                           ? tr("%1 (production) — Token Admin").arg(endpoint.displayName())
                           : tr("%1 — Token Admin").arg(endpoint.displayName()));
        m_clusterLabel->setText(endpoint.production
                                    ? tr("PRODUCTION — %1").arg(endpoint.clusterLabel())
                                    : endpoint.clusterLabel());
        m_clusterLabel->setToolTip(
            endpoint.product == Product::Clustered
                ? tr("Management API: %1").arg(endpoint.apiUrl.toString())
                : tr("Cluster ID: %1\nAccount ID: %2\nManagement API: %3")
                      .arg(endpoint.clusterId, endpoint.accountId, endpoint.apiUrl.toString()));
    }
    m_productionBand->setText(tr("PRODUCTION — %1").arg(endpoint.displayName()));
    m_productionBand->setAccessibleName(m_productionBand->text());
    m_productionBand->setVisible(open && endpoint.production);
    m_insecureBand->setText(
        tr("Certificate checks are OFF for %1 (tls.insecure in its influxctl profile): anyone "
           "between you and %2 could read the management token.")
            .arg(endpoint.displayName(), endpoint.apiUrl.host()));
    m_insecureBand->setAccessibleName(m_insecureBand->text());
    m_sandboxBand->setVisible(open && endpoint.sandbox);
    m_insecureBand->setVisible(open && endpoint.tlsInsecure &&
                               endpoint.apiUrl.scheme() == QLatin1String("https"));
}

void MainWindow::setConnectionChoices(const QList<QPair<QString, QString>> &choices,
                                      const QString &currentId) {
    const QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    for (const auto &[id, name] : choices)
        m_switcher->addItem(name, id);
    if (m_switcher->findData(currentId) < 0 && m_session)
        m_switcher->insertItem(0, m_session->endpoint().displayName(), currentId);
    m_switcher->insertSeparator(m_switcher->count());
    m_switcher->addItem(tr("Manage connections…"), QString());
    m_switcher->setCurrentIndex(std::max(0, m_switcher->findData(currentId)));
    m_switcher->setProperty("currentId", currentId);
}

QString MainWindow::selectedTokenId() const {
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current.data(TokenTableModel::TokenIdRole).toString();
    // From the ranges, not selectedRows(): this is asked at every change of a row.
    const int top = topSelectedRow();
    return top < 0 ? QString()
                   : m_proxy->index(top, 0).data(TokenTableModel::TokenIdRole).toString();
}

QStringList MainWindow::selectedTokenIds() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(TokenTableModel::TokenIdRole).toString());
    return ids;
}

std::optional<Token> MainWindow::selectedToken() const {
    if (!m_session)
        return std::nullopt;
    const QString id = selectedTokenId();
    return id.isEmpty() ? std::nullopt : m_session->model()->tokenById(id);
}

QModelIndex MainWindow::shownIndexOf(const QString &tokenId) const {
    if (!m_session)
        return {};
    const int sourceRow = m_session->model()->rowOf(tokenId);
    return sourceRow < 0 ? QModelIndex()
                         : m_proxy->mapFromSource(m_session->model()->index(sourceRow, 0));
}

void MainWindow::selectToken(const QString &tokenId) {
    if (!m_session)
        return;
    const QModelIndex index = shownIndexOf(tokenId);
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void MainWindow::updateActions() {
    const std::optional<Token> token = selectedToken();
    const bool selected = token.has_value();
    m_viewDetailsAction->setEnabled(selected);
    m_copyIdAction->setEnabled(selected);
    m_showOptionsAction->setEnabled(selected);
    m_revokeAction->setEnabled(anyRevocableSelected());
    m_editAction->setEnabled(selected && !token->isRevoked() && !m_session->isUpdating(token->id));
    m_rotateAction->setEnabled(selected && !token->isRevoked() && !m_session->isCreating());
    const bool changeable = selected && !token->isRevoked() && !m_session->isUpdating(token->id) &&
                            !m_session->isDisabling(token->id);
    m_disableAction->setEnabled(!disablableSelection(1).isEmpty());
    m_reenableAction->setEnabled(changeable && token->permissions.isEmpty());
    m_newTokenAction->setEnabled(m_session && !m_session->isCreating());
    m_newTokenButton->setEnabled(m_newTokenAction->isEnabled());
    const bool refreshing = m_session && m_session->isRefreshing();
    m_refreshAction->setEnabled(m_session && !refreshing);
    m_refreshButton->setEnabled(m_session && !refreshing);
}

void MainWindow::updateCounts() {
    updateEmptyState();
    const int total = m_session ? m_session->model()->rowCount() : 0;
    m_countLabel->setText(tr("%L1 of %Ln tokens shown", nullptr, total).arg(m_proxy->rowCount()));
    if (m_session && m_session->lastRefresh().isValid())
        m_refreshLabel->setText(
            tr("Refreshed at %1").arg(localTimeWithSeconds(m_session->lastRefresh().time())));
}

void MainWindow::updateDetails() {
    const std::optional<Token> token = selectedToken();
    if (!token) {
        m_details->showToken(nullptr, TokenStatus::Active, {});
    } else {
        const TokenTableModel *model = m_session->model();
        const int row = model->rowOf(token->id);
        m_details->showToken(&*token, model->statusAt(row), model->flagsAt(row));
    }
    m_tokenHistory->showToken(token ? token->id : QString());
    updatePendingRotation();
}

void MainWindow::updatePendingRotation() {
    const std::optional<Token> token = selectedToken();
    const std::optional<PendingRotation> rotation = token && !token->isRevoked() && m_history
                                                        ? m_history->pendingRotationOf(token->id)
                                                        : std::nullopt;
    m_details->showPendingRotation(
        rotation ? tr("Replaced by %1 on %2; revoke pending")
                       .arg(TokenTableModel::shortId(rotation->newTokenId),
                            rotation->replacedAt.toLocalTime().toString(Qt::ISODate).left(10))
                 : QString());
}

void MainWindow::showOptionsMenu(const QModelIndex &proxyIndex, const QPoint &globalPos) {
    // On a row of a selection of several, the menu acts on the selection: it stays.
    QItemSelectionModel *selection = m_table->selectionModel();
    if (selection->isRowSelected(proxyIndex.row(), proxyIndex.parent()) && severalSelected())
        selection->setCurrentIndex(proxyIndex.siblingAtColumn(0), QItemSelectionModel::NoUpdate);
    else
        selectToken(proxyIndex.data(TokenTableModel::TokenIdRole).toString());
    updateActions();
    m_tokenMenu->popup(globalPos);
}

void MainWindow::showOptionsForSelection() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex options = rows.first().siblingAtColumn(TokenTableModel::OptionsColumn);
    m_table->scrollTo(options);
    const QRect cell = m_table->visualRect(options);
    showOptionsMenu(options, m_table->viewport()->mapToGlobal(cell.bottomLeft()));
}

void MainWindow::viewDetails() {
    if (!selectedToken())
        return;
    if (m_sidePanel->isHidden()) {
        m_detailsWanted = true;
        m_detailsForced = m_narrow;
        applyDetailsVisibility();
    }
    updateDetails();
    m_details->focusId();
}

void MainWindow::copyTokenId(const QString &tokenId) {
    if (tokenId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(tokenId);
    statusBar()->showMessage(tr("Copied token ID %1").arg(DisplayText::isolated(tokenId)), 5000);
}

void MainWindow::copySelectedId() {
    copyTokenId(selectedTokenId());
}

QList<Token> MainWindow::revocableSelection() const {
    QList<Token> tokens;
    if (!m_session)
        return tokens;
    const QStringList ids = selectedTokenIds();
    tokens.reserve(ids.size());
    for (const QString &id : ids) {
        const std::optional<Token> token = m_session->model()->tokenById(id);
        if (token && !token->isRevoked() && !m_session->isRevoking(id))
            tokens.append(*token);
    }
    return tokens;
}

bool MainWindow::anyRevocableSelected() const {
    // Asked at every selection change and every answer of a bulk revoke: by status, from the
    // selection's ranges, stopping at the first, without copying a token.
    if (!m_session)
        return false;
    const TokenTableModel *model = m_session->model();
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            const int sourceRow = m_proxy->mapToSource(index).row();
            if (sourceRow >= 0 && model->statusAt(sourceRow) != TokenStatus::Revoked &&
                !m_session->isRevoking(index.data(TokenTableModel::TokenIdRole).toString()))
                return true;
        }
    }
    return false;
}

void MainWindow::revokeSelected() {
    if (!m_session)
        return;
    const QList<Token> tokens = revocableSelection();
    QDialog *dialog = nullptr;
    if (tokens.size() > 1)
        dialog = m_bulkRevoke = new BulkRevokeDialog(m_session, tokens, this);
    else if (tokens.size() == 1)
        dialog = new RevokeTokenDialog(m_session, tokens.first(), this);
    else
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createToken() {
    if (!m_session || m_session->isCreating())
        return;
    auto *dialog = new CreateTokenDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onCreateFinished(const Token &token, const QString &accessToken,
                                  const ApiError &error) {
    // Here, from the session, so that the secret is shown whatever became of the dialog.
    if (error.isError()) {
        statusBar()->showMessage(tr("The token was not created. %1").arg(errorText(error)), 15000);
        return;
    }
    selectToken(token.id);
    if (selectedTokenId() != token.id) { // the search hides it: show the new row all the same
        m_search->clear();
        selectToken(token.id);
    }
    m_table->scrollTo(m_table->currentIndex());
    statusBar()->showMessage(
        tr("Created token “%1” (%2).")
            .arg(DisplayText::isolated(token.description), DisplayText::isolated(token.id)),
        15000);
    auto *secret = new TokenSecretDialog(token, accessToken, this);
    secret->setAttribute(Qt::WA_DeleteOnClose);
    secret->open();
}

void MainWindow::editSelected() {
    const std::optional<Token> token = selectedToken();
    if (!token || token->isRevoked() || !m_session)
        return;
    auto *dialog = new EditTokenDialog(m_session, *token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::rotateSelected() {
    const std::optional<Token> token = selectedToken();
    if (!token || token->isRevoked() || !m_session || m_session->isCreating())
        return;
    auto *dialog = new RotateTokenDialog(m_session, *token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<Token> MainWindow::disablableSelection(int limit) const {
    // Every selected token that can be switched off: not revoked, with permissions, no other
    // change on its way.
    QList<Token> tokens;
    if (!m_session)
        return tokens;
    for (const QString &id : selectedTokenIds()) {
        const std::optional<Token> token = m_session->model()->tokenById(id);
        if (token && !token->isRevoked() && !token->permissions.isEmpty() &&
            !m_session->isUpdating(id) && !m_session->isDisabling(id)) {
            tokens.append(*token);
            if (tokens.size() == limit)
                break;
        }
    }
    return tokens;
}

void MainWindow::disableSelected() {
    const QList<Token> tokens = disablableSelection();
    if (tokens.isEmpty())
        return;
    auto *dialog = new DisableTokenDialog(m_session, tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reenableSelected() {
    const std::optional<Token> token = selectedToken();
    if (!token || token->isRevoked() || !token->permissions.isEmpty() || !m_session)
        return;
    const std::optional<QList<Permission>> saved =
        m_session->model()->disabledPermissions(token->id);
    if (!saved) { // disabled elsewhere: what it had is not known here
        editSelected();
        return;
    }
    auto *dialog = new ReenableTokenDialog(m_session, *token, *saved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onSwitchFinished(const QString &tokenId, const ApiError &error, bool disabled) {
    const std::optional<Token> token =
        m_session ? m_session->model()->tokenById(tokenId) : std::nullopt;
    const QString id =
        token && !token->description.isEmpty()
            ? tr("“%1” (%2)")
                  .arg(DisplayText::isolated(token->description), DisplayText::isolated(tokenId))
            : DisplayText::isolated(tokenId);
    QString message;
    if (!error.isError())
        message = disabled ? tr("Disabled token %1.").arg(id) : tr("Re-enabled token %1.").arg(id);
    else if (error.outcomeUnknown())
        message = disabled ? tr("Disabling token %1 was not confirmed; the list is being "
                                "refreshed. %2")
                                 .arg(id, errorText(error))
                           : tr("Re-enabling token %1 was not confirmed; the list is being "
                                "refreshed. %2")
                                 .arg(id, errorText(error));
    else
        message = disabled ? tr("Token %1 was not disabled. %2").arg(id, errorText(error))
                           : tr("Token %1 was not re-enabled. %2").arg(id, errorText(error));
    statusBar()->showMessage(message, 15000);
    updateActions();
}

void MainWindow::onUpdateFinished(const QString &tokenId, const ApiError &error) {
    statusBar()->showMessage(
        error.isError() ? tr("The changes to token %1 were not saved. %2")
                              .arg(DisplayText::isolated(tokenId), errorText(error))
                        : tr("Saved changes to token %1.").arg(DisplayText::isolated(tokenId)),
        15000);
}

void MainWindow::onRevokeFinished(const QString &tokenId, const ApiError &error) {
    if (m_bulkRevoke && m_bulkRevoke->runner()->isRunning()) {
        // The bulk dialog says how each of its tokens ended, row by row.
        updateActions();
        return;
    }
    // Said here, from the session, so that the outcome is shown whatever became of the dialog.
    const std::optional<Token> token =
        m_session ? m_session->model()->tokenById(tokenId) : std::nullopt;
    const QString name =
        token && !token->description.isEmpty()
            ? tr("“%1” (%2)")
                  .arg(DisplayText::isolated(token->description), DisplayText::isolated(tokenId))
            : DisplayText::isolated(tokenId);
    QString message;
    if (!error.isError())
        message = tr("Revoked token %1.").arg(name);
    else if (error.isHttp(404))
        message = tr("Token %1 no longer exists on the server: nothing was revoked.").arg(name);
    else if (error.outcomeUnknown())
        message = tr("The revocation of token %1 was not confirmed; the list is being "
                     "refreshed. %2")
                      .arg(name, errorText(error));
    else
        message = tr("Token %1 was not revoked. %2").arg(name, errorText(error));
    statusBar()->showMessage(message, 15000);
    updateActions();
}

void MainWindow::onRefreshed() {
    m_messageBar->hide();
    updateCounts();
    updateActions();
}

void MainWindow::onRefreshFailed(const ApiError &error) {
    const QString name = m_session ? m_session->endpoint().displayName() : QString();
    if (error.isHttp(401)) {
        m_messageBar->showMessage(
            tr("The server refused the management token for %1 (HTTP 401): it is wrong, expired "
               "or revoked. Enter a new one to go on.")
                .arg(name));
        updateActions();
        return;
    }
    if (error.isHttp(403)) {
        m_messageBar->showMessage(
            tr("The management token for %1 does not have the permission to list database "
               "tokens (HTTP 403). Use a management token of an Admin of this account, or ask "
               "one for it. %2")
                .arg(name, error.serverMessage));
        updateActions();
        return;
    }
    m_messageBar->showMessage(tr("Could not load the tokens. %1").arg(errorText(error)));
    updateActions();
}

void MainWindow::createHygieneActions(QMenu *fileMenu, QMenu *viewMenu) {
    m_exportAction = makeAction(this, QStringLiteral("actionExportView"), tr("&Export view…"),
                                {QKeySequence(tr("Ctrl+E"))});
    m_exportAction->setToolTip(tr("Write the tokens shown, as filtered and sorted, to a CSV or "
                                  "JSON file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportView);
    fileMenu->addAction(m_exportAction);

    viewMenu->addSeparator();
    QMenu *soonMenu = viewMenu->addMenu(tr("E&xpiring soon means within"));
    soonMenu->setObjectName(QStringLiteral("expiringSoonMenu"));
    m_expiringSoonGroup = new QActionGroup(this);
    m_expiringSoonDays =
        std::clamp(QSettings().value(QStringLiteral("view/expiringSoonDays"), 7).toInt(), 1, 365);
    for (int days : {1, 7, 30}) {
        QAction *choice = soonMenu->addAction(tr("%n day(s)", nullptr, days));
        choice->setObjectName(QStringLiteral("actionExpiringSoon%1").arg(days));
        choice->setCheckable(true);
        choice->setChecked(days == m_expiringSoonDays);
        m_expiringSoonGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, days] { setExpiringSoonDays(days); });
    }
}

void MainWindow::createFilterViews(QVBoxLayout *layout) {
    m_quickFilters = new QuickFilterBar(m_proxy, m_databaseAccess, this);
    layout->addWidget(m_quickFilters);
    connect(m_quickFilters, &QuickFilterBar::changed, this, [this] {
        m_databasesPanel->showDatabase(m_quickFilters->database());
        saveFilters();
    });

    m_databasesPanel = new DatabasesPanel(m_databaseAccess, this);
    connect(m_databasesPanel, &DatabasesPanel::databaseChosen, this,
            [this](const QString &database) {
                m_quickFilters->setDatabase(database, m_quickFilters->access());
                saveFilters();
            });
    m_databasesDock = new QDockWidget(tr("Databases"), this);
    m_databasesDock->setObjectName(QStringLiteral("databasesDock"));
    m_databasesDock->setWidget(m_databasesPanel);
    m_databasesDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_databasesDock);
    m_databasesDock->hide();
    QAction *toggle = m_databasesDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowDatabases"));
    toggle->setText(tr("&Databases: who can reach each"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    if (QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        viewMenu->addAction(toggle);
}

void MainWindow::setExpiringSoonDays(int days) {
    m_expiringSoonDays = days;
    QSettings().setValue(QStringLiteral("view/expiringSoonDays"), days);
    if (m_session)
        m_session->model()->setExpiringSoonWithin(std::chrono::days(days));
    updateSummary();
}

void MainWindow::updateSummary() {
    const auto &counts = m_proxy->quickFilterCounts();
    auto count = [&](TokenFilter::QuickFilter filter) {
        return counts[size_t(TokenFilter::quickFilterIndex(filter))];
    };
    using TokenFilter::QuickFilter;
    m_summaryLabel->setText(
        m_session ? tr("%L1 active · %L2 expiring within %n day(s) · %L3 expired · %L4 revoked",
                       nullptr, m_expiringSoonDays)
                        .arg(count(QuickFilter::Active))
                        .arg(count(QuickFilter::ExpiringSoon))
                        .arg(count(QuickFilter::Expired))
                        .arg(count(QuickFilter::Revoked))
                  : QString());
    m_summaryLabel->setAccessibleName(m_summaryLabel->text());
}

void MainWindow::updateDatabasesNote() {
    const ApiError error = m_session ? m_session->databasesError() : ApiError();
    const QString note =
        error.isError()
            ? tr("The cluster's databases could not be loaded, so tokens naming a database it "
                 "lacks are not flagged: %1")
                  .arg(errorText(error))
            : QString();
    m_databasesPanel->setNote(note);
    m_details->setFlagsNote(note);
    updateDetails();
}

QString MainWindow::filterSettingsKey() const {
    if (!m_session)
        return {};
    // Per cluster: the same filters whichever name the connection goes by.
    const Endpoint &endpoint = m_session->endpoint();
    const QByteArray where = endpoint.apiUrl.toString().toUtf8() + '|' +
                             endpoint.accountId.toUtf8() + '|' + endpoint.clusterId.toUtf8();
    return QStringLiteral("filters/") +
           QString::fromLatin1(
               QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex().left(16));
}

void MainWindow::saveFilters() const {
    const QString key = filterSettingsKey();
    if (key.isEmpty())
        return;
    QSettings settings;
    settings.setValue(key + QStringLiteral("/quick"), int(m_quickFilters->chosen().toInt()));
    settings.setValue(key + QStringLiteral("/database"), m_quickFilters->database());
    settings.setValue(key + QStringLiteral("/access"), int(m_quickFilters->access()));
}

void MainWindow::restoreFilters() {
    const QString key = filterSettingsKey();
    QSettings settings;
    m_quickFilters->setChosen(TokenFilter::QuickFilters::fromInt(
        settings.value(key + QStringLiteral("/quick"), 0).toInt()));
    const int access = settings.value(key + QStringLiteral("/access"), 0).toInt();
    m_quickFilters->setDatabase(settings.value(key + QStringLiteral("/database")).toString(),
                                access >= 0 && access <= int(TokenFilter::Access::Write)
                                    ? TokenFilter::Access(access)
                                    : TokenFilter::Access::Any);
    m_databasesPanel->showDatabase(m_quickFilters->database());
}

void MainWindow::exportView() {
    auto *dialog = new QFileDialog(this, tr("Export the tokens shown"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString csv = tr("CSV, for spreadsheets (*.csv)");
    const QString json = tr("JSON, the API's token objects (*.json)");
    dialog->setNameFilters({csv, json});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(
        QStringLiteral("tokens-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json](const QString &filter) {
        dialog->setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    // The rows as shown when the user asked, not as they are once the dialog closes.
    const QList<TokenExport::Row> rows = TokenExport::rowsShown(*m_proxy);
    connect(
        dialog, &QFileDialog::fileSelected, this, [this, rows, json, dialog](const QString &path) {
            const TokenExport::Format format =
                dialog->selectedNameFilter() == json ||
                        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                    ? TokenExport::Format::Json
                    : TokenExport::Format::Csv;
            QString error;
            if (TokenExport::save(path, format, rows, &error))
                statusBar()->showMessage(tr("%Ln token(s) written to %1", nullptr, int(rows.size()))
                                             .arg(QDir::toNativeSeparators(path)),
                                         10000);
            else
                m_messageBar->showNotice(error);
        });
    dialog->open();
}

void MainWindow::keepSelectionInPlace() {
    connect(m_proxy, &TokenFilterModel::rowsAboutToChange, this, [this] {
        if (m_placeDepth++ > 0)
            return;
        m_place.tokenId = selectedTokenId();
        m_place.others.clear();
        m_place.several = severalSelected();
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        m_place.row = current.isValid() ? current.row() : topSelectedRow();
        m_place.scroll = m_table->verticalScrollBar()->value();
        m_place.reset = false;
    });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_place.reset = m_placeDepth > 0; // a reload: nothing of the view survives it
        // The rest of a selection of several, to select again after: read only here, before
        // a reload, as the selection model keeps it through every other change.
        if (m_place.reset && m_place.several) {
            m_place.others = selectedTokenIds();
            m_place.others.removeOne(m_place.tokenId);
        }
    });
    connect(m_proxy, &TokenFilterModel::rowsChanged, this, [this] {
        if (--m_placeDepth == 0)
            restoreSelectionPlace();
    });
}

bool MainWindow::severalSelected() const {
    const QItemSelection ranges = m_table->selectionModel()->selection();
    return ranges.size() > 1 || (!ranges.isEmpty() && ranges.first().height() > 1);
}

int MainWindow::topSelectedRow() const {
    int top = -1;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        if (top < 0 || range.top() < top)
            top = range.top();
    return top;
}

void MainWindow::restoreSelectionPlace() {
    // Typing in the search with the selected row still shown: nothing to do, at no cost.
    if (!m_place.reset && selectedTokenId() == m_place.tokenId)
        return;
    // The rows are laid out now, so that the scroll bar's range is the new list's.
    m_table->doItemsLayout();
    if (!m_place.tokenId.isEmpty() && selectedTokenId() != m_place.tokenId) {
        if (!m_place.several || m_place.reset)
            selectToken(m_place.tokenId);
        else if (const QModelIndex still = shownIndexOf(m_place.tokenId); still.isValid())
            m_table->selectionModel()->setCurrentIndex(still, QItemSelectionModel::NoUpdate);
        if (m_place.several) {
            // What is left of a selection of several stays selected (the selection model
            // keeps it, a reload needs it selected again); the current row leaving moves the
            // current to the top of what is left, with the selection unchanged.
            reselect(m_place.others);
            QItemSelectionModel *selection = m_table->selectionModel();
            const int top = topSelectedRow();
            if (selectedTokenId() != m_place.tokenId && top >= 0)
                selection->setCurrentIndex(m_proxy->index(top, 0), QItemSelectionModel::NoUpdate);
        }
        const int rows = m_proxy->rowCount();
        if (selectedTokenId().isEmpty() && rows > 0) // it left: the row now in its place
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->index(std::min(m_place.row, rows - 1), 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->verticalScrollBar()->setValue(m_place.scroll);
}

void MainWindow::reselect(const QStringList &tokenIds) {
    // A reload drops the selection: the rows of its tokens still shown are selected again, in
    // as few ranges as they allow.
    if (tokenIds.isEmpty() || !m_session)
        return;
    const TokenTableModel *model = m_session->model();
    std::vector<int> rows;
    rows.reserve(size_t(tokenIds.size()));
    for (const QString &id : tokenIds) {
        const int sourceRow = model->rowOf(id);
        const QModelIndex index =
            sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(model->index(sourceRow, 0));
        if (index.isValid())
            rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (size_t i = 0; i < rows.size();) {
        size_t end = i;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1)
            ++end;
        selection.select(m_proxy->index(rows[i], 0), m_proxy->index(rows[end], lastColumn));
        i = end + 1;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select);
}

void MainWindow::updateEmptyState() {
    EmptyStateOverlay *overlay = m_table->emptyState();
    EmptyState state = EmptyState::None;
    const int tokens = m_session ? m_session->model()->rowCount() : 0;
    if (!m_session)
        state = EmptyState::NotConnected;
    else if (m_proxy->rowCount() > 0)
        state = EmptyState::None;
    else if (tokens == 0 && m_session->isRefreshing())
        state = EmptyState::Loading;
    else if (tokens == 0)
        // Never loaded (it failed; the message bar says why) or the cluster has none.
        state = m_session->lastRefresh().isValid() ? EmptyState::NoTokens : EmptyState::None;
    else if (!m_proxy->filterText().trimmed().isEmpty())
        state = EmptyState::NoMatch;
    else
        state = EmptyState::AllHidden;
    m_emptyState = state;
    const int hidden = state == EmptyState::NoMatch || state == EmptyState::AllHidden
                           ? m_proxy->hiddenInactiveCount()
                           : 0;
    const QString search = DisplayText::isolated(m_proxy->filterText().trimmed());
    switch (state) {
    case EmptyState::None:
        overlay->hide();
        break;
    case EmptyState::NotConnected:
        overlay->showState(tr("Not connected"), tr("&Connect…"), tr("Try the &sandbox"));
        break;
    case EmptyState::Loading:
        overlay->showState(tr("Loading tokens…"));
        break;
    case EmptyState::NoTokens:
        overlay->showState(tr("This cluster has no database tokens yet"), tr("C&reate one…"));
        break;
    case EmptyState::NoMatch:
        if (hidden == 0)
            overlay->showState(tr("No tokens match “%1”").arg(search), tr("C&lear the search"));
        else
            overlay->showState(
                tr("No tokens match “%1” — %Ln inactive token(s) hidden", nullptr, hidden)
                    .arg(search),
                hidden == 1 ? tr("S&how it") : tr("S&how them"));
        break;
    case EmptyState::AllHidden:
        overlay->showState(hidden == 1 ? tr("The only token is revoked or expired, and hidden")
                                       : tr("All %1 tokens are revoked or expired, and hidden")
                                             .arg(QLocale().toString(hidden)),
                           tr("S&how them"));
        break;
    }
}

void MainWindow::onEmptyStateButton(bool primary) {
    switch (m_emptyState) {
    case EmptyState::NotConnected:
        if (primary)
            Q_EMIT connectRequested();
        else
            Q_EMIT sandboxRequested();
        break;
    case EmptyState::NoTokens:
        m_newTokenAction->trigger();
        break;
    case EmptyState::NoMatch:
        if (m_proxy->hiddenInactiveCount() > 0)
            m_showInactive->setChecked(true);
        else
            m_search->clear();
        break;
    case EmptyState::AllHidden:
        m_showInactive->setChecked(true);
        break;
    case EmptyState::None:
    case EmptyState::Loading:
        break;
    }
}

void MainWindow::createDetailsToggle() {
    m_toggleDetailsAction = makeAction(this, QStringLiteral("actionShowDetailsPanel"),
                                       tr("Show details &panel"), {QKeySequence(Qt::Key_F9)});
    m_toggleDetailsAction->setCheckable(true);
    m_toggleDetailsAction->setChecked(true);
    connect(m_toggleDetailsAction, &QAction::triggered, this, [this](bool checked) {
        m_detailsWanted = checked;
        m_detailsForced = checked && m_narrow;
        applyDetailsVisibility();
    });
}

void MainWindow::applyDetailsVisibility() {
    const bool shown = m_detailsWanted && (!m_narrow || m_detailsForced);
    m_sidePanel->setVisible(shown);
    m_toggleDetailsAction->setChecked(shown);
}

bool MainWindow::isNarrow() const {
    // Narrow: beside the panel, the list could not show all its columns.
    const int margins = 24;
    return width() - DetailsPanelWidth - margins < m_table->fullWidth();
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    const bool narrow = isNarrow();
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    m_detailsForced = false;
    applyDetailsVisibility();
}

void MainWindow::setHistory(ChangeHistory *history) {
    m_history = history;
    if (m_session)
        m_session->setHistory(history);
    m_tokenHistory->setHistory(history);
    connect(history, &ChangeHistory::becameUnavailable, this, &MainWindow::showHistoryProblem);
    connect(history, &ChangeHistory::changed, this, &MainWindow::updatePendingRotation);
    if (history->state() == ChangeHistory::State::Unavailable)
        showHistoryProblem(history->problem());
    else if (!history->movedAsideTo().isEmpty())
        m_historyBar->showNotice(
            tr("The history database was damaged. It was kept as %1, and a new history was "
               "started.")
                .arg(QDir::toNativeSeparators(history->movedAsideTo())));
}

void MainWindow::showHistoryProblem(const QString &problem) {
    m_historyBar->showProblem(
        tr("Changes cannot be recorded in the history. %1 Token Admin makes no change it "
           "cannot record: choose Continue without history for this run to make them "
           "anyway.")
            .arg(problem));
}

void MainWindow::showHistory() {
    if (!m_historyWindow)
        m_historyWindow = new HistoryWindow(m_history, this);
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}
