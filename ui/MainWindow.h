#pragma once

#include <QMainWindow>
#include <QPointer>

#include <optional>

class BulkRevokeDialog;
class DatabaseAccessModel;
class DatabasesPanel;
class ErrorHistory;
class HistoryBar;
class MessageBar;
class QActionGroup;
class QDockWidget;
class QuickFilterBar;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class TokenDetailsPanel;
class TokenFilterModel;
class TokenTableView;
class TokenHistoryList;
#include "ChangeHistory.h"
#include "HistoryWindow.h"
#include "TokenSession.h"

struct Token;

// The token list of one cluster: search, status filter, sortable table with a ⋮ menu on
// every row, a details panel, and the actions that act on the selected token.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows this connection's tokens and loads them. Takes ownership of the session.
    void openSession(TokenSession *session);
    TokenSession *session() const { return m_session; }
    // Where every change is recorded; each session opened gets it. When it cannot be
    // written, the window says so once and offers to continue without it.
    void setHistory(ChangeHistory *history);

    // The token the row actions act on: the current row's when it is selected, else the first
    // selected row's, or empty. The details panel shows it.
    QString selectedTokenId() const;
    // Every selected token's ID, in the order the rows are shown: what an action on a
    // selection (revoke) acts on.
    QStringList selectedTokenIds() const;
    void selectToken(const QString &tokenId);

    // The row's options menu (⋮, right-click, Menu key, Shift+F10).
    QMenu *tokenMenu() const { return m_tokenMenu; }

    // The open connection was renamed or marked (not) production: title, status bar, band
    // and the revoke confirmation follow at once.
    void setConnectionLabel(const QString &name, bool production);

    // influxctl's config.toml could not be read: says so above the list until dismissed.
    void showProfileFileProblem(const QString &text);

    // The connections the switcher offers, as (id, name), and which one is open.
    void setConnectionChoices(const QList<QPair<QString, QString>> &choices,
                              const QString &currentId);

Q_SIGNALS:
    void connectRequested();
    // "Try the sandbox", from the window that has no connection.
    void sandboxRequested();
    // The user picked another connection in the switcher.
    void switchRequested(const QString &connectionId);
    // The server refused the management token (HTTP 401, from any call): a new one is needed.
    void tokenRejected(const ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createMenus();
    // Help: keyboard shortcuts, about, and diagnostic information for a bug report.
    void createHelpMenu();
    void createCentralArea();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;

    // Title, status bar and bands for the open connection.
    void updateConnectionIndicators();
    void updateActions();
    void updateCounts();
    void updateDetails();
    void showOptionsMenu(const QModelIndex &proxyIndex, const QPoint &globalPos);
    void showOptionsForSelection();
    void viewDetails();
    void copySelectedId();
    void copyTokenId(const QString &tokenId);
    void revokeSelected();
    // The selected tokens a revoke can act on: not revoked, not being revoked.
    QList<Token> revocableSelection() const;
    bool anyRevocableSelected() const;
    void createToken();
    void editSelected();
    // Rotate…: the rotation wizard for the selected token.
    void rotateSelected();
    // The selected token's pending rotation, from the history, in the details panel.
    void updatePendingRotation();
    // The selected tokens Disable… can act on, the first `limit` of them (all when -1).
    QList<Token> disablableSelection(int limit = -1) const;
    // Disable…: every selected token that has permissions to remove.
    void disableSelected();
    // Re-enable…: the saved permissions back, or the editor when the history has none.
    void reenableSelected();
    void onSwitchFinished(const QString &tokenId, const ApiError &error, bool disabled);
    void onCreateFinished(const Token &token, const QString &accessToken, const ApiError &error);
    void onUpdateFinished(const QString &tokenId, const ApiError &error);
    void onRefreshed();
    void onRefreshFailed(const ApiError &error);
    void onRevokeFinished(const QString &tokenId, const ApiError &error);
    std::optional<Token> selectedToken() const;
    void showHistory();
    void showHistoryProblem(const QString &problem);

    // Token hygiene: quick filters, the Databases view, the expiry threshold, the summary and
    // the export of the rows shown.
    void createFilterViews(class QVBoxLayout *layout);
    void createHygieneActions(QMenu *fileMenu, QMenu *viewMenu);
    void setExpiringSoonDays(int days);
    void updateSummary();
    void updateDatabasesNote();
    void exportView();
    QString filterSettingsKey() const;
    void saveFilters() const;
    void restoreFilters();
    // After rows leave (revoke, reload, filter), the selection moves to the row that took the
    // selected one's place, or the one above at the end, and the list does not scroll.
    void keepSelectionInPlace();
    void restoreSelectionPlace();
    void reselect(const QStringList &tokenIds);
    int topSelectedRow() const;                             // -1: none
    QModelIndex shownIndexOf(const QString &tokenId) const; // invalid: not shown
    bool severalSelected() const;
    // The table's empty state: not connected, loading, no tokens, nothing matches.
    void updateEmptyState();
    void onEmptyStateButton(bool primary);
    // The details panel: shown when wanted and the window is wide enough for it and the list.
    void createDetailsToggle();
    void applyDetailsVisibility();
    bool isNarrow() const;

    QPointer<TokenSession> m_session;
    QPointer<ChangeHistory> m_history;
    QPointer<HistoryWindow> m_historyWindow;
    QPointer<BulkRevokeDialog> m_bulkRevoke; // the latest, while open
    HistoryBar *m_historyBar = nullptr;
    TokenHistoryList *m_tokenHistory = nullptr;
    // The details over the token's history, beside the list.
    QSplitter *m_sidePanel = nullptr;
    TokenFilterModel *m_proxy;

    QLineEdit *m_search = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_newTokenButton = nullptr;
    MessageBar *m_messageBar = nullptr;
    MessageBar *m_profileFileBar = nullptr; // apart, so a refresh does not hide it
    TokenTableView *m_table = nullptr;
    TokenDetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_productionBand = nullptr;
    QLabel *m_insecureBand = nullptr;
    QLabel *m_sandboxBand = nullptr;
    QComboBox *m_switcher = nullptr;

    QLabel *m_clusterLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_viewDetailsAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QAction *m_newTokenAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_reenableAction = nullptr;
    QAction *m_showOptionsAction = nullptr;
    QAction *m_toggleDetailsAction = nullptr;
    QAction *m_clearSearchAction = nullptr;
    QAction *m_historyAction = nullptr;
    QMenu *m_tokenMenu = nullptr;
    ErrorHistory *m_errorHistory = nullptr; // the diagnostic report's latest errors

    DatabaseAccessModel *m_databaseAccess = nullptr;
    QuickFilterBar *m_quickFilters = nullptr;
    DatabasesPanel *m_databasesPanel = nullptr;
    QDockWidget *m_databasesDock = nullptr;
    QActionGroup *m_expiringSoonGroup = nullptr;
    QAction *m_exportAction = nullptr;
    QLabel *m_summaryLabel = nullptr;
    int m_expiringSoonDays = 7;

    struct Place {
        QString tokenId;
        bool several = false; // more than one row was selected
        QStringList others;   // the rest of such a selection, before a reload
        int row = -1;
        int scroll = 0;
        bool reset = false;
    };
    Place m_place;        // the selection's, before the rows change
    int m_placeDepth = 0; // changes inside changes are one change
    enum class EmptyState { None, NotConnected, Loading, NoTokens, NoMatch, AllHidden };
    EmptyState m_emptyState = EmptyState::None;
    bool m_detailsWanted = true;  // the user's choice, remembered
    bool m_detailsForced = false; // shown by the user although the window is narrow
    bool m_narrow = false;
};
