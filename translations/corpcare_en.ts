<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Archive</name>
    <message>
        <source>There is no offline archive of %1 at %2 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline archive of %1 holds nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s key cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is the archive of another user or connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the offline archive of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived record %1 of %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter %1 cannot be answered offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived itemization line cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the server; the program is working offline on the downloaded archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive does not say who downloaded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the offline archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was written by a newer CorpCare (version %1 of its format; this program reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived record %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDownloader</name>
    <message>
        <source>The archive cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemization of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, SMS and data of %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupOperation</name>
    <message>
        <source>No service users are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing tariffs, services and status needs the permission changeProducts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff no longer exists in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff %1 can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service of the operation no longer exists in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1, which the tariff %2 does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed with the tariff %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation applies to none of the selected service users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when CorpCare starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Needs the permission %1, which you do not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline: this needs the server. Sign in to work online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no table to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the workbook to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the drawing could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print: the printer did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print: the printer failed while printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceUsersModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSearch</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over second threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over first threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges %1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges ≥ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges ≤ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::AccessManager</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::ApiError</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not found, or it is outside what you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with malformed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with malformed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it redirected to another address, which CorpCare does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server %1 cannot be established: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave up waiting for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which CorpCare does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::ApiJob</name>
    <message>
        <source>The connection to the server is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::DemoServerLauncher</name>
    <message>
        <source>The demo server did not start within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server program (%1) was not found next to CorpCare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the demo data cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo company. The first start takes a little while…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server cannot be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::ItemizationLoader</name>
    <message>
        <source>There is no connection to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::JsonRequestJob</name>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::PagedListLoader</name>
    <message>
        <source>There is no connection to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the page at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::SignInJob</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::secrets::KeychainSecretStore</name>
    <message>
        <source>The secret is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No D-Bus session bus: no secret service is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::secrets::MemorySecretStore</name>
    <message>
        <source>Simulated failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::api::secrets::SecretStore</name>
    <message>
        <source>The secret key needs a host and an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::charts::ChartOutputActions</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::charts::SeriesLineChart</name>
    <message>
        <source>Amounts over time, as lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::charts::SharePieChart</name>
    <message>
        <source>Shares of the bill, as a pie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of %1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::AccountsModel</name>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n day(s) from disconnection at the current expenditure rate</source>
        <translation>
            <numerusform>%1 is %n day from disconnection at the current expenditure rate</numerusform>
            <numerusform>%1 is %n days from disconnection at the current expenditure rate</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnection forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial suspension level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum reconnection balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::ArchiveHitsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::AuditRecordsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::BillItemsModel</name>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::BillSharesModel</name>
    <message>
        <source>Service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::BillsModel</name>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>column: the amount paid</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::ChargesModel</name>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::MessageReceiversModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::OrderItemsModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::OverThresholdModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the second threshold, %2 over the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::PaymentAllocationsModel</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::PaymentsModel</name>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::PortalUsersModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::SavedSearches</name>
    <message>
        <source>The saved searches could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These saved searches could not be read and were left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::SearchResultsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::ServiceUsersModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::models::UsageModel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration / volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount without tax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::AccountChooser</name>
    <message>
        <source>Billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the accounts the report covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::AccountDetailView</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnection forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>none at the current rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial suspension level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum reconnection balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is %1: outgoing services of its lines are limited until the balance reaches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At the current expenditure rate this account reaches disconnection in %n day(s).</source>
        <translation>
            <numerusform>At the current expenditure rate this account reaches disconnection in %n day.</numerusform>
            <numerusform>At the current expenditure rate this account reaches disconnection in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::ArchiveSearchWindow</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches what was downloaded for offline work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloaded line has that number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s), %2%3 record(s) in the period; the newest %4 shown (%5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), newest first.</source>
        <translation>
            <numerusform>%Ln record, newest first.</numerusform>
            <numerusform>%Ln records, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::BillWindow</name>
    <message>
        <source>Bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without tax, %2 with tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 remaining, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the itemization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each service user&apos;s share (Enter shows the user&apos;s lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines of the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the itemization: %1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itemization does not add up to the bill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 without tax, %2 with tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total with tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1: each service user&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1: lines of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1: itemization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of itemization, %1 service user(s).</source>
        <translation>
            <numerusform>%Ln line of itemization, %1 service user.</numerusform>
            <numerusform>%Ln lines of itemization, %1 service users.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itemization could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::ClientController</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over threshold: %1 first, %2 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled; what had arrived is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills are shown to users with the permission viewFinance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent comments this program cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was saved, but the answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges are shown to users with the permission viewFinance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent charges this program cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the offline archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unfinished download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: you see the data downloaded as of %1; bills, charges and usage of %2 only. Changes need the server: File → Sign in works online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to search your archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial control needs the permission viewFinance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, SMS and data need the permission viewFinance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading: %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::CommentsPanel</name>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::CompanyBrowser</name>
    <message>
        <source>Company tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service users of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln billing account(s)</source>
        <translation>
            <numerusform>%1 — %Ln billing account</numerusform>
            <numerusform>%1 — %Ln billing accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln service user(s)</source>
        <translation>
            <numerusform>, %Ln service user</numerusform>
            <numerusform>, %Ln service users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::DeliverySchedulesWindow</name>
    <message>
        <source>Bill with shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of the chosen schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator refused or could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one billing account in Financial control first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled deliveries yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::DeliveryWindow</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the operator to send the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax %1 (via %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to every receiver (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 failed: see the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at the operator: %1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::DownloadDialog</name>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the bills, itemization, payments, calls, SMS and data of the chosen accounts and period, and the company&apos;s lists as of now, on this computer. Only your password opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unfinished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is as of %1 and holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds nothing finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password changed since the last download: the archive is made anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 records so far (step %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed where it stopped (%1 steps were already in). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 records are in the archive. File → Work offline opens them without the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What was read is kept: Download resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped: %1 What was read is kept: Download resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::ErrorBanner</name>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::FilterLineEdit</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::FinanceCharts</name>
    <message>
        <source>Service users drawn in the line graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the users whose charges the line graph draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to draw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bill amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares in the charges of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges by service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::FinanceController</name>
    <message>
        <source>Loading cancelled: the tables show what had arrived before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading bills, charges and payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges since the last bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the itemization: %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the itemization: %1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itemization could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 is not available to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::FinanceWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charges since the last bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Itemization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the level above (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group charges by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills the payment was applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to bills (open one with Enter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemization of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the itemization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s): %2 without tax, %3 with tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total with tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the charges of the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s): %1 without tax, %2 with tax, %3 remaining to pay</source>
        <translation>
            <numerusform>%Ln bill: %1 without tax, %2 with tax, %3 remaining to pay</numerusform>
            <numerusform>%Ln bills: %1 without tax, %2 with tax, %3 remaining to pay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 without tax, %2 with tax, %Ln line(s)</source>
        <translation>
            <numerusform>Total: %1 without tax, %2 with tax, %Ln line</numerusform>
            <numerusform>Total: %1 without tax, %2 with tax, %Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s): %1, of which %2 applied to bills</source>
        <translation>
            <numerusform>%Ln payment: %1, of which %2 applied to bills</numerusform>
            <numerusform>%Ln payments: %1, of which %2 applied to bills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::GroupOperationDialog</name>
    <message>
        <source>Change the &amp;tariff to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service users left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln service user(s)</source>
        <translation>
            <numerusform>Change %Ln service user</numerusform>
            <numerusform>Change %Ln service users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service user(s) will change.</source>
        <translation>
            <numerusform>%Ln service user will change.</numerusform>
            <numerusform>%Ln service users will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (listed below).</source>
        <translation>
            <numerusform>%Ln left out (listed below).</numerusform>
            <numerusform>%Ln left out (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::MainWindow</name>
    <message>
        <source>CorpCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download for offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work o&amp;ffline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search and change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Financial control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CorpCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CorpCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CorpCare %1&lt;/b&gt;&lt;p&gt;Corporate telecom accounts and service users, over the operator&apos;s TM Forum Open API.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CorpCare — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1 (just now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 (%n min ago)</source>
        <translation>
            <numerusform>Data as of %1 (%n min ago)</numerusform>
            <numerusform>Data as of %1 (%n min ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::NewsDialog</name>
    <message>
        <source>News for corporate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::OperationsController</name>
    <message>
        <source>Recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your group operations of the last %n day(s) (Enter opens one):</source>
        <translation>
            <numerusform>Your group operations of the last %n day (Enter opens one):</numerusform>
            <numerusform>Your group operations of the last %n days (Enter opens one):</numerusform>
        </translation>
    </message>
    <message>
        <source>Search service users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send S&amp;MS to the selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds of the selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing thresholds needs the permission manageThresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every line of %1 without thresholds of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected service user(s), each its own</source>
        <translation>
            <numerusform>%Ln selected service user, each its own</numerusform>
            <numerusform>%Ln selected service users, each its own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::OrderWindow</name>
    <message>
        <source>&amp;Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result for each service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the order: %1. Your permissions may have changed since the preview; no service user was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be sent or followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 cancelled, %5 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in CorpCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending the order for %Ln service user(s)…</source>
        <translation>
            <numerusform>Sending the order for %Ln service user…</numerusform>
            <numerusform>Sending the order for %Ln service users…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same order again. If the server did receive it, it answers with that order and changes nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the order again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::OverThresholdView</name>
    <message>
        <source>Lines over their charge threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::PortalUsersWindow</name>
    <message>
        <source>Portal users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the user sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, e.g. +7 910 255-51-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single l&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters; empty keeps the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line with the number %1 is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the portal users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the user sees: departments (with their subdepartments), accounts or single lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will see %n department(s), </source>
        <translation>
            <numerusform>Will see %n department, </numerusform>
            <numerusform>Will see %n departments, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) and </source>
        <translation>
            <numerusform>%n account and </numerusform>
            <numerusform>%n accounts and </numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln service user(s).</source>
        <translation>
            <numerusform>%Ln service user.</numerusform>
            <numerusform>%Ln service users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::ReportDeliveryActions</name>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;fax…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the operator send this report by e-mail or fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemization of bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 with each service user&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by fax…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bill on the Bills tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts are not sent; choose Bills, Charges, Payments or Itemization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one billing account: a report is sent per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;heduled deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::ScheduleDialog</name>
    <message>
        <source>New scheduled delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scheduled delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time a new bill of %1 is issued, send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its itemization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bill with each user&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a fax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::SearchConditions</name>
    <message>
        <source>Number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has all of these services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has none of these services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department (with subdepartments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Has services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has &amp;not services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over s&amp;econd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month exceed the first threshold (lines over the second too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charges this month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges must be amounts like 1500 or 1500.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::SearchPanel</name>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop asking the server (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved searches (Enter runs, Delete removes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No search yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server: %1 of the company&apos;s users are loaded here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server: %1 matching users so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search on the server was stopped; press Search to search what is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users: %3 (%4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users: %2 — searched on the server (%3 users are loaded here so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 loaded users: %3 — only the loaded users: the server could not search (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the loaded users changed: press Search to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::SendReportDialog</name>
    <message>
        <source>Send by fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 495 123-45-67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator makes the file from its own data and sends it; the delivery window shows each receiver&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a fax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 50 receivers at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a fax number (5 to 20 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::ServiceUserDetailView</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, SMS and &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call, SMS and data session of this user over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline: open what was downloaded, without the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CorpCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Operator — production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a CA certificate the server&apos;s certificate chains to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://billing.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// — CorpCare only talks to servers over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me (not available: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired — sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to carry on; nothing you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::SmsWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the SMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery to each receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS could not be sent or followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 sent, %4 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SMS to %Ln service user(s)</source>
        <translation>
            <numerusform>SMS to %Ln service user</numerusform>
            <numerusform>SMS to %Ln service users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 characters, to %Ln service user(s)</source>
        <translation>
            <numerusform>%1 of %2 characters, to %Ln service user</numerusform>
            <numerusform>%1 of %2 characters, to %Ln service users</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the SMS again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::TableView</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, commas and decimal points (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, semicolons and decimal commas (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::ThresholdDialog</name>
    <message>
        <source>Charge thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly charge thresholds for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 warns, %2 is critical (set on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold applies now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First (warning):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second (critical):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write both amounts with at most two decimals, e.g. 1500 or 1500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both amounts must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second (critical) threshold cannot be below the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corpcare::views::UsageWindow</name>
    <message>
        <source>Calls, SMS and data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, SMS and data sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) shown, %1 without tax</source>
        <translation>
            <numerusform>%Ln record shown, %1 without tax</numerusform>
            <numerusform>%Ln records shown, %1 without tax</numerusform>
        </translation>
    </message>
</context>
</TS>
