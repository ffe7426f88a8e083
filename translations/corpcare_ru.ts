<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Archive</name>
    <message>
        <source>There is no offline archive of %1 at %2 on this computer.</source>
        <translation>На этом компьютере нет архива для работы без сети пользователя %1 на сервере %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be written: %2</source>
        <translation>Не удаётся записать архив %1: %2</translation>
    </message>
    <message>
        <source>The offline archive of %1 holds nothing yet.</source>
        <translation>Архив для работы без сети пользователя %1 пока пуст.</translation>
    </message>
    <message>
        <source>The archive&apos;s key cannot be made.</source>
        <translation>Не удаётся создать ключ архива.</translation>
    </message>
    <message>
        <source>The file %1 is the archive of another user or connection.</source>
        <translation>Файл %1 — архив другого пользователя или подключения.</translation>
    </message>
    <message>
        <source>The password does not open the offline archive of %1.</source>
        <translation>Пароль не подходит к архиву для работы без сети пользователя %1.</translation>
    </message>
    <message>
        <source>The archived record %1 of %2 is damaged.</source>
        <translation>Запись архива %1 (%2) повреждена.</translation>
    </message>
    <message>
        <source>The filter %1 cannot be answered offline.</source>
        <translation>Фильтр %1 недоступен без сети.</translation>
    </message>
    <message>
        <source>An archived itemization line cannot be read.</source>
        <translation>Не удаётся прочитать строку детализации из архива.</translation>
    </message>
    <message>
        <source>%1 needs the server; the program is working offline on the downloaded archive.</source>
        <translation>%1: нужен сервер, а программа работает без сети с загруженным архивом.</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Этот просмотр</translation>
    </message>
    <message>
        <source>The archive does not say who downloaded it.</source>
        <translation>В архиве не указано, кто его загрузил.</translation>
    </message>
    <message>
        <source>%1 is not in the offline archive.</source>
        <translation>%1 нет в архиве для работы без сети.</translation>
    </message>
    <message>
        <source>This change</source>
        <translation>Это изменение</translation>
    </message>
    <message>
        <source>The archive was written by a newer CorpCare (version %1 of its format; this program reads up to %2).</source>
        <translation>Архив записан более новой версией CorpCare (версия формата %1; эта программа читает версии до %2).</translation>
    </message>
    <message>
        <source>The archived record %1 is damaged.</source>
        <translation>Запись архива %1 повреждена.</translation>
    </message>
</context>
<context>
    <name>ArchiveDownloader</name>
    <message>
        <source>The archive cannot be written: %1</source>
        <translation>Не удаётся записать архив: %1</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Сведения о пользователе</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <source>Tariffs and services</source>
        <translation>Тарифы и услуги</translation>
    </message>
    <message>
        <source>Service users</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги начислений</translation>
    </message>
    <message>
        <source>Bills of %1</source>
        <translation>Счета за %1</translation>
    </message>
    <message>
        <source>Itemization of %1</source>
        <translation>Детализация за %1</translation>
    </message>
    <message>
        <source>Payments of %1</source>
        <translation>Платежи за %1</translation>
    </message>
    <message>
        <source>Calls, SMS and data of %1 (%2 of %3)</source>
        <translation>Звонки, SMS и передача данных за %1 (%2 из %3)</translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation>Начисления с последнего счёта</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
</context>
<context>
    <name>GroupOperation</name>
    <message>
        <source>No service users are selected.</source>
        <translation>Абоненты не выбраны.</translation>
    </message>
    <message>
        <source>The operation changes nothing.</source>
        <translation>Операция ничего не меняет.</translation>
    </message>
    <message>
        <source>Changing tariffs, services and status needs the permission changeProducts.</source>
        <translation>Для смены тарифов, услуг и статуса нужно право changeProducts.</translation>
    </message>
    <message>
        <source>The tariff no longer exists in the catalogue.</source>
        <translation>Этого тарифа больше нет в каталоге.</translation>
    </message>
    <message>
        <source>The tariff %1 can no longer be ordered.</source>
        <translation>Тариф %1 больше нельзя подключить.</translation>
    </message>
    <message>
        <source>A service of the operation no longer exists in the catalogue.</source>
        <translation>Одной из услуг операции больше нет в каталоге.</translation>
    </message>
    <message>
        <source>The service %1 can no longer be ordered.</source>
        <translation>Услугу %1 больше нельзя подключить.</translation>
    </message>
    <message>
        <source>already suspended</source>
        <translation>уже приостановлен</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>уже активен</translation>
    </message>
    <message>
        <source>has %1, which the tariff %2 does not allow</source>
        <translation>подключена услуга %1, которую не допускает тариф %2</translation>
    </message>
    <message>
        <source>%1 is not allowed with the tariff %2</source>
        <translation>услуга %1 недоступна на тарифе %2</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>нечего менять</translation>
    </message>
    <message>
        <source>The operation applies to none of the selected service users.</source>
        <translation>Операция не относится ни к одному из выбранных абонентов.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Язык &amp;системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language applies when CorpCare starts again.</source>
        <translation>Новый язык будет применён при следующем запуске CorpCare.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Needs the permission %1, which you do not hold.</source>
        <translation>Нужно право %1, которого у вас нет.</translation>
    </message>
    <message>
        <source>Not available offline: this needs the server. Sign in to work online.</source>
        <translation>Недоступно без сети: нужен сервер. Войдите, чтобы работать в сети.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>The report has no table to print</source>
        <translation>В отчёте нет таблицы для печати</translation>
    </message>
    <message>
        <source>Cannot print on this device</source>
        <translation>Печать на этом устройстве невозможна</translation>
    </message>
    <message>
        <source>Cannot start page %1</source>
        <translation>Не удаётся начать страницу %1</translation>
    </message>
    <message>
        <source>Cannot finish printing</source>
        <translation>Не удаётся завершить печать</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Не удаётся записать в %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1</source>
        <translation>Не удаётся создать книгу %1</translation>
    </message>
    <message>
        <source>Cannot move the workbook to %1</source>
        <translation>Не удаётся переместить книгу в %1</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded</source>
        <translation>Не удаётся записать %1: изображение не удалось закодировать</translation>
    </message>
    <message>
        <source>Cannot write %1: the drawing could not start</source>
        <translation>Не удаётся записать %1: не удалось начать рисование</translation>
    </message>
    <message>
        <source>Cannot print: the printer did not start</source>
        <translation>Печать невозможна: принтер не запустился</translation>
    </message>
    <message>
        <source>Cannot print to %1</source>
        <translation>Не удаётся напечатать в %1</translation>
    </message>
    <message>
        <source>Cannot print: the printer failed while printing</source>
        <translation>Печать невозможна: сбой принтера во время печати</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ServiceUsersModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>UserSearch</name>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation>тариф %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>статус неизвестен</translation>
    </message>
    <message>
        <source>has %1</source>
        <translation>есть %1</translation>
    </message>
    <message>
        <source>has no %1</source>
        <translation>нет %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>лицевой счёт %1</translation>
    </message>
    <message>
        <source>over second threshold</source>
        <translation>выше второго порога</translation>
    </message>
    <message>
        <source>over first threshold</source>
        <translation>выше первого порога</translation>
    </message>
    <message>
        <source>below thresholds</source>
        <translation>ниже порогов</translation>
    </message>
    <message>
        <source>threshold state unknown</source>
        <translation>состояние порогов неизвестно</translation>
    </message>
    <message>
        <source>charges %1–%2 %3</source>
        <translation>начисления %1–%2 %3</translation>
    </message>
    <message>
        <source>charges ≥ %1 %2</source>
        <translation>начисления ≥ %1 %2</translation>
    </message>
    <message>
        <source>charges ≤ %1 %2</source>
        <translation>начисления ≤ %1 %2</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>все абоненты</translation>
    </message>
</context>
<context>
    <name>corpcare::api::AccessManager</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Файл ЦС %1 не читается или не содержит сертификата PEM.</translation>
    </message>
</context>
<context>
    <name>corpcare::api::ApiError</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Сертификат сервера не является доверенным.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>Вы не вошли в систему или ваш сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <source>The item was not found, or it is outside what you may see.</source>
        <translation>Объект не найден или недоступен вам.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation>Сервер не смог обработать запрос.</translation>
    </message>
    <message>
        <source>The server answered with malformed data.</source>
        <translation>Сервер прислал некорректные данные.</translation>
    </message>
    <message>
        <source>The server answered with malformed data: %1</source>
        <translation>Сервер прислал некорректные данные: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <source>the connection was closed unexpectedly</source>
        <translation>соединение неожиданно закрыто</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>имя узла не найдено</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>сеть недоступна</translation>
    </message>
    <message>
        <source>it redirected to another address, which CorpCare does not follow</source>
        <translation>он перенаправил на другой адрес, а CorpCare не выполняет перенаправления</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2.</source>
        <translation>Сервер %1 недоступен: %2.</translation>
    </message>
    <message>
        <source>A secure connection to the server %1 cannot be established: %2.</source>
        <translation>Не удаётся установить защищённое соединение с сервером %1: %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>Сертификат сервера не является доверенным: %1.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in</source>
        <translation>Сервер не принял вход</translation>
    </message>
    <message>
        <source>You are not allowed to do this</source>
        <translation>У вас нет прав на это действие</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request</source>
        <translation>Сервер перестал ждать запрос</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>Сервер отклонил запрос</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which CorpCare does not follow.</source>
        <translation>Сервер ответил перенаправлением (HTTP %1), а CorpCare не выполняет перенаправления.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1)</source>
        <translation>Сервер не смог обработать запрос (HTTP %1)</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 s.</source>
        <translation>Сервер %1 не ответил за %2 с.</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Субъект сертификата: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Действителен с %1 по %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>corpcare::api::ApiJob</name>
    <message>
        <source>The connection to the server is closed.</source>
        <translation>Соединение с сервером закрыто.</translation>
    </message>
</context>
<context>
    <name>corpcare::api::DemoServerLauncher</name>
    <message>
        <source>The demo server did not start within %1 s.</source>
        <translation>Демонстрационный сервер не запустился за %1 с.</translation>
    </message>
    <message>
        <source>The demo server program (%1) was not found next to CorpCare.</source>
        <translation>Программа демонстрационного сервера (%1) не найдена рядом с CorpCare.</translation>
    </message>
    <message>
        <source>The folder %1 for the demo data cannot be created.</source>
        <translation>Не удаётся создать папку %1 для демонстрационных данных.</translation>
    </message>
    <message>
        <source>Creating the demo company. The first start takes a little while…</source>
        <translation>Создаётся демонстрационная компания. Первый запуск занимает некоторое время…</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Запуск демонстрационного сервера…</translation>
    </message>
    <message>
        <source>The demo server is ready.</source>
        <translation>Демонстрационный сервер готов.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>аварийное завершение</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>код завершения %1</translation>
    </message>
    <message>
        <source>The demo server stopped (%1).</source>
        <translation>Демонстрационный сервер остановился (%1).</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (%1).</source>
        <translation>Демонстрационный сервер остановился, не успев запуститься (%1).</translation>
    </message>
    <message>
        <source>The demo server cannot be started: %1</source>
        <translation>Не удаётся запустить демонстрационный сервер: %1</translation>
    </message>
</context>
<context>
    <name>corpcare::api::ItemizationLoader</name>
    <message>
        <source>There is no connection to a server.</source>
        <translation>Нет подключения к серверу.</translation>
    </message>
</context>
<context>
    <name>corpcare::api::JsonRequestJob</name>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation>не JSON (байт %1: %2)</translation>
    </message>
</context>
<context>
    <name>corpcare::api::PagedListLoader</name>
    <message>
        <source>There is no connection to a server.</source>
        <translation>Нет подключения к серверу.</translation>
    </message>
    <message>
        <source>%1 (in the page at offset %2)</source>
        <translation>%1 (на странице со смещением %2)</translation>
    </message>
</context>
<context>
    <name>corpcare::api::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ваш сеанс завершён. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>corpcare::api::SignInJob</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
</context>
<context>
    <name>corpcare::api::secrets::KeychainSecretStore</name>
    <message>
        <source>The secret is too large.</source>
        <translation>Секрет слишком велик.</translation>
    </message>
    <message>
        <source>No D-Bus session bus: no secret service is available.</source>
        <translation>Нет сеансовой шины D-Bus: служба секретов недоступна.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Хранилище паролей не ответило вовремя.</translation>
    </message>
</context>
<context>
    <name>corpcare::api::secrets::MemorySecretStore</name>
    <message>
        <source>Simulated failure: %1</source>
        <translation>Имитация сбоя: %1</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Для %1 секрет не сохранён.</translation>
    </message>
</context>
<context>
    <name>corpcare::api::secrets::SecretStore</name>
    <message>
        <source>The secret key needs a host and an account.</source>
        <translation>Для ключа секрета нужны узел и учётная запись.</translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation>Пустой секрет не сохраняется.</translation>
    </message>
</context>
<context>
    <name>corpcare::charts::ChartOutputActions</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить в PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Сохранить в SVG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>диаграмма</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Сохранить диаграмму в SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Сохранить диаграмму в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
</context>
<context>
    <name>corpcare::charts::SeriesLineChart</name>
    <message>
        <source>Amounts over time, as lines</source>
        <translation>Суммы во времени, линейный график</translation>
    </message>
</context>
<context>
    <name>corpcare::charts::SharePieChart</name>
    <message>
        <source>Shares of the bill, as a pie</source>
        <translation>Доли в счёте, круговая диаграмма</translation>
    </message>
    <message>
        <source>Shares of %1</source>
        <translation>Доли: %1</translation>
    </message>
    <message>
        <source>Shares of %1, %2 – %3</source>
        <translation>Доли: %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>corpcare::models::AccountsModel</name>
    <message>
        <source>Prepaid</source>
        <translation>Авансовый</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Постоплатный</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредитный</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Partially suspended</source>
        <translation>Частично приостановлен</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 в день</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n day(s) from disconnection at the current expenditure rate</source>
        <translation>
            <numerusform>%1: при текущей скорости расходования до отключения %n день</numerusform>
            <numerusform>%1: при текущей скорости расходования до отключения %n дня</numerusform>
            <numerusform>%1: при текущей скорости расходования до отключения %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Expenditure rate</source>
        <translation>Скорость расходования</translation>
    </message>
    <message>
        <source>Disconnection forecast</source>
        <translation>Прогноз отключения</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Partial suspension level</source>
        <translation>Порог частичной приостановки</translation>
    </message>
    <message>
        <source>Minimum reconnection balance</source>
        <translation>Минимальный баланс для возобновления</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Состояние оплаты</translation>
    </message>
</context>
<context>
    <name>corpcare::models::ArchiveHitsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Передача данных</translation>
    </message>
</context>
<context>
    <name>corpcare::models::AuditRecordsModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>corpcare::models::BillItemsModel</name>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентская плата</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Mobile data</source>
        <translation>Мобильный интернет</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
</context>
<context>
    <name>corpcare::models::BillSharesModel</name>
    <message>
        <source>Service user</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>corpcare::models::BillsModel</name>
    <message>
        <source>Not paid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Оплачен частично</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток к оплате</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>column: the amount paid</comment>
        <translation>Оплачено</translation>
    </message>
</context>
<context>
    <name>corpcare::models::ChargesModel</name>
    <message>
        <source>Billing account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Without tax</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>corpcare::models::MessageReceiversModel</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>corpcare::models::OrderItemsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Выполнен частично</translation>
    </message>
    <message>
        <source>tariff → %1</source>
        <translation>тариф → %1</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>приостановить</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>возобновить</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>corpcare::models::OverThresholdModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Превышен порог</translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation>Начисления за месяц</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Превышение</translation>
    </message>
    <message>
        <source>Threshold set on</source>
        <translation>Где задан порог</translation>
    </message>
    <message>
        <source>%1 over the second threshold, %2 over the first</source>
        <translation>выше второго порога: %1, выше первого: %2</translation>
    </message>
    <message>
        <source>this line</source>
        <translation>этот номер</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>лицевой счёт %1</translation>
    </message>
</context>
<context>
    <name>corpcare::models::PaymentAllocationsModel</name>
    <message>
        <source>Applied</source>
        <translation>Зачтено</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
</context>
<context>
    <name>corpcare::models::PaymentsModel</name>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Applied to bills</source>
        <translation>Зачтено в счета</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Не зачтено</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>corpcare::models::PortalUsersModel</name>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Видит</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>corpcare::models::SavedSearches</name>
    <message>
        <source>The saved searches could not be read: %1</source>
        <translation>Не удалось прочитать сохранённые поиски: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>These saved searches could not be read and were left out: %1</source>
        <translation>Эти сохранённые поиски не удалось прочитать, они пропущены: %1</translation>
    </message>
</context>
<context>
    <name>corpcare::models::SearchResultsModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation>Начисления за месяц</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Over second</source>
        <translation>Выше второго</translation>
    </message>
    <message>
        <source>Over first</source>
        <translation>Выше первого</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Ниже</translation>
    </message>
</context>
<context>
    <name>corpcare::models::ServiceUsersModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation>Начисления за месяц</translation>
    </message>
</context>
<context>
    <name>corpcare::models::UsageModel</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Передача данных</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Duration / volume</source>
        <translation>Длительность / объём</translation>
    </message>
    <message>
        <source>Amount without tax</source>
        <translation>Сумма без НДС</translation>
    </message>
</context>
<context>
    <name>corpcare::views::AccountChooser</name>
    <message>
        <source>Billing accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <source>Tick the accounts the report covers:</source>
        <translation>Отметьте лицевые счета для отчёта:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все лицевые счета</translation>
    </message>
    <message>
        <source>Several accounts…</source>
        <translation>Несколько лицевых счетов…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n лицевой счёт</numerusform>
            <numerusform>%n лицевых счёта</numerusform>
            <numerusform>%n лицевых счетов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::AccountDetailView</name>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Settlement method</source>
        <translation>Способ расчётов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Кредитный лимит</translation>
    </message>
    <message>
        <source>Expenditure rate</source>
        <translation>Скорость расходования</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 в день</translation>
    </message>
    <message>
        <source>Disconnection forecast</source>
        <translation>Прогноз отключения</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (через %n день)</numerusform>
            <numerusform>%1 (через %n дня)</numerusform>
            <numerusform>%1 (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>none at the current rate</source>
        <translation>не ожидается при текущей скорости расходования</translation>
    </message>
    <message>
        <source>Partial suspension level</source>
        <translation>Порог частичной приостановки</translation>
    </message>
    <message>
        <source>Minimum reconnection balance</source>
        <translation>Минимальный баланс для возобновления</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Состояние оплаты</translation>
    </message>
    <message>
        <source>This account is %1: outgoing services of its lines are limited until the balance reaches %2.</source>
        <translation>Лицевой счёт: %1. Исходящие услуги его номеров ограничены, пока баланс не достигнет %2.</translation>
    </message>
    <message numerus="yes">
        <source>At the current expenditure rate this account reaches disconnection in %n day(s).</source>
        <translation>
            <numerusform>При текущей скорости расходования этот лицевой счёт будет отключён через %n день.</numerusform>
            <numerusform>При текущей скорости расходования этот лицевой счёт будет отключён через %n дня.</numerusform>
            <numerusform>При текущей скорости расходования этот лицевой счёт будет отключён через %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::ArchiveSearchWindow</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Поиск в архиве</translation>
    </message>
    <message>
        <source>A number or a name</source>
        <translation>Номер или имя</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Номер или имя</translation>
    </message>
    <message>
        <source>Found in the archive</source>
        <translation>Найдено в архиве</translation>
    </message>
    <message>
        <source>Searches what was downloaded for offline work.</source>
        <translation>Ищет в данных, загруженных для работы без сети.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>The archive cannot be searched: %1</source>
        <translation>Поиск в архиве невозможен: %1</translation>
    </message>
    <message>
        <source>No downloaded line has that number or name.</source>
        <translation>Среди загруженных номеров нет номера или имени, подходящих под запрос.</translation>
    </message>
    <message>
        <source>%1 line(s), %2%3 record(s) in the period; the newest %4 shown (%5 ms).</source>
        <translation>Номеров: %1, записей за период: %2%3; показаны последние %4 (%5 мс).</translation>
    </message>
    <message>
        <source>over </source>
        <translation>более </translation>
    </message>
</context>
<context>
    <name>corpcare::views::AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), newest first.</source>
        <translation>
            <numerusform>%Ln запись, сначала новые.</numerusform>
            <numerusform>%Ln записи, сначала новые.</numerusform>
            <numerusform>%Ln записей, сначала новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::BillWindow</name>
    <message>
        <source>Bill %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>%1 without tax, %2 with tax</source>
        <translation>%1 без НДС, %2 с НДС</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1; %2 remaining, due %3</source>
        <translation>%1; остаток %2, оплатить до %3</translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation>&amp;Доли</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <source>Loading the itemization…</source>
        <translation>Загрузка детализации…</translation>
    </message>
    <message>
        <source>Shares of the bill</source>
        <translation>Доли в счёте</translation>
    </message>
    <message>
        <source>Shares of bill %1</source>
        <translation>Доли в счёте %1</translation>
    </message>
    <message>
        <source>Each service user&apos;s share (Enter shows the user&apos;s lines)</source>
        <translation>Доля каждого абонента (Enter — строки абонента)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message>
        <source>Show &amp;all lines</source>
        <translation>Показать &amp;все строки</translation>
    </message>
    <message>
        <source>&amp;Open service user</source>
        <translation>&amp;Открыть абонента</translation>
    </message>
    <message>
        <source>Lines of the bill</source>
        <translation>Строки счёта</translation>
    </message>
    <message>
        <source>All lines of the bill</source>
        <translation>Все строки счёта</translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation>Строки: %1</translation>
    </message>
    <message>
        <source>Loading the itemization: %1 of %2 lines</source>
        <translation>Загрузка детализации: %1 из %2 строк</translation>
    </message>
    <message>
        <source>The itemization does not add up to the bill: %1</source>
        <translation>Детализация не сходится со счётом: %1</translation>
    </message>
    <message>
        <source>Total: %1 without tax, %2 with tax</source>
        <translation>Итого: %1 без НДС, %2 с НДС</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Дата счёта</translation>
    </message>
    <message>
        <source>Total without tax</source>
        <translation>Итого без НДС</translation>
    </message>
    <message>
        <source>Total with tax</source>
        <translation>Итого с НДС</translation>
    </message>
    <message>
        <source>Bill %1: each service user&apos;s share</source>
        <translation>Счёт %1: доля каждого абонента</translation>
    </message>
    <message>
        <source>Bill %1: lines of %2</source>
        <translation>Счёт %1: строки абонента %2</translation>
    </message>
    <message>
        <source>Bill %1: itemization</source>
        <translation>Счёт %1: детализация</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of itemization, %1 service user(s).</source>
        <translation>
            <numerusform>%Ln строка детализации, абонентов: %1.</numerusform>
            <numerusform>%Ln строки детализации, абонентов: %1.</numerusform>
            <numerusform>%Ln строк детализации, абонентов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Повтори&amp;ть</translation>
    </message>
    <message>
        <source>The itemization could not be loaded: %1</source>
        <translation>Не удалось загрузить детализацию: %1</translation>
    </message>
</context>
<context>
    <name>corpcare::views::ClientController</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no keychain on this computer</source>
        <translation>на этом компьютере нет хранилища паролей</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Файл ЦС нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход на %1…</translation>
    </message>
    <message>
        <source>Starting the demo company…</source>
        <translation>Запуск демонстрационной компании…</translation>
    </message>
    <message>
        <source>Starting the demo server</source>
        <translation>Запуск демонстрационного сервера</translation>
    </message>
    <message>
        <source>The demo company could not start: %1</source>
        <translation>Не удалось запустить демонстрационную компанию: %1</translation>
    </message>
    <message>
        <source>The demo server stopped: %1</source>
        <translation>Демонстрационный сервер остановился: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Loading the company</source>
        <translation>Загрузка компании</translation>
    </message>
    <message>
        <source>offline archive of %1</source>
        <translation>архив для работы без сети пользователя %1</translation>
    </message>
    <message>
        <source>Service users</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <source>Over threshold: %1 first, %2 second</source>
        <translation>Выше порога: первого — %1, второго — %2</translation>
    </message>
    <message>
        <source>Loading was cancelled; what had arrived is shown.</source>
        <translation>Загрузка отменена; показано то, что успело загрузиться.</translation>
    </message>
    <message>
        <source>Bills are shown to users with the permission viewFinance.</source>
        <translation>Счета видны пользователям с правом viewFinance.</translation>
    </message>
    <message>
        <source>Loading the bills…</source>
        <translation>Загрузка счетов…</translation>
    </message>
    <message>
        <source>No bills yet.</source>
        <translation>Счетов пока нет.</translation>
    </message>
    <message>
        <source>The server sent comments this program cannot read: %1</source>
        <translation>Сервер прислал комментарии, которые программа не может прочитать: %1</translation>
    </message>
    <message>
        <source>The comment was not saved: %1</source>
        <translation>Комментарий не сохранён: %1</translation>
    </message>
    <message>
        <source>The comment was saved, but the answer could not be read: %1</source>
        <translation>Комментарий сохранён, но ответ сервера не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>Charges are shown to users with the permission viewFinance.</source>
        <translation>Начисления видны пользователям с правом viewFinance.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The server sent charges this program cannot read: %1</source>
        <translation>Сервер прислал начисления, которые программа не может прочитать: %1</translation>
    </message>
    <message>
        <source>Opening the offline archive…</source>
        <translation>Открытие архива для работы без сети…</translation>
    </message>
    <message>
        <source>No connection: %1</source>
        <translation>Нет подключения: %1</translation>
    </message>
    <message>
        <source>an unfinished download</source>
        <translation>незавершённая загрузка</translation>
    </message>
    <message>
        <source>Offline: you see the data downloaded as of %1; bills, charges and usage of %2 only. Changes need the server: File → Sign in works online.</source>
        <translation>Без сети: показаны данные, загруженные на %1; счета, начисления и детализация — только за %2. Для изменений нужен сервер: Файл → Войти — работа в сети.</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>период не задан</translation>
    </message>
    <message>
        <source>Sign in to search your archive.</source>
        <translation>Войдите, чтобы искать в своём архиве.</translation>
    </message>
    <message>
        <source>Financial control needs the permission viewFinance.</source>
        <translation>Для финансового контроля нужно право viewFinance.</translation>
    </message>
    <message>
        <source>Calls, SMS and data need the permission viewFinance.</source>
        <translation>Для звонков, SMS и передачи данных нужно право viewFinance.</translation>
    </message>
    <message>
        <source>Loading: %1 of %2 records</source>
        <translation>Загрузка: %1 из %2 записей</translation>
    </message>
    <message>
        <source>The records could not be loaded: %1</source>
        <translation>Не удалось загрузить записи: %1</translation>
    </message>
</context>
<context>
    <name>corpcare::views::CommentsPanel</name>
    <message>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter adds it)</source>
        <translation>Напишите комментарий… (Ctrl+Enter — добавить)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Новый комментарий</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Комментариев пока нет.</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Загрузка комментариев…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
</context>
<context>
    <name>corpcare::views::CompanyBrowser</name>
    <message>
        <source>Company tree</source>
        <translation>Структура компании</translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <source>Service users</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Лицевые счета</translation>
    </message>
    <message>
        <source>&amp;Service users</source>
        <translation>&amp;Абоненты</translation>
    </message>
    <message>
        <source>Service users of the account</source>
        <translation>Абоненты лицевого счёта</translation>
    </message>
    <message>
        <source>Service &amp;users</source>
        <translation>&amp;Абоненты</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Комментарии</translation>
    </message>
    <message>
        <source>Bills of the account</source>
        <translation>Счета лицевого счёта</translation>
    </message>
    <message>
        <source>&amp;Bills</source>
        <translation>&amp;Счета</translation>
    </message>
    <message>
        <source>Loading the company…</source>
        <translation>Загрузка компании…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln billing account(s)</source>
        <translation>
            <numerusform>%1 — %Ln лицевой счёт</numerusform>
            <numerusform>%1 — %Ln лицевых счёта</numerusform>
            <numerusform>%1 — %Ln лицевых счетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln service user(s)</source>
        <translation>
            <numerusform>, %Ln абонент</numerusform>
            <numerusform>, %Ln абонента</numerusform>
            <numerusform>, %Ln абонентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::DeliverySchedulesWindow</name>
    <message>
        <source>Bill with shares</source>
        <translation>Счёт с долями</translation>
    </message>
    <message>
        <source>Itemization</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>отправлено: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed: %3</source>
        <translation>отправлено: %1, с ошибкой: %2: %3</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last bill</source>
        <translation>Последний счёт</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Время отправки</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Cancel schedule</source>
        <translation>&amp;Отменить рассылку</translation>
    </message>
    <message>
        <source>Scheduled deliveries</source>
        <translation>Рассылки по расписанию</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Runs of the chosen schedule:</source>
        <translation>Запуски выбранной рассылки:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The operator refused or could not be asked: %1</source>
        <translation>Оператор отказал или недоступен: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Choose one billing account in Financial control first.</source>
        <translation>Сначала выберите один лицевой счёт в окне «Финансовый контроль».</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>No scheduled deliveries yet.</source>
        <translation>Рассылок по расписанию пока нет.</translation>
    </message>
</context>
<context>
    <name>corpcare::views::DeliveryWindow</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Report delivery</source>
        <translation>Доставка отчёта</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Asking the operator to send the report…</source>
        <translation>Запрос оператору на отправку отчёта…</translation>
    </message>
    <message>
        <source>The operator&apos;s answer could not be read: %1</source>
        <translation>Не удалось прочитать ответ оператора: %1</translation>
    </message>
    <message>
        <source>fax %1 (via %2)</source>
        <translation>факс %1 (через %2)</translation>
    </message>
    <message>
        <source>Sent to every receiver (%1).</source>
        <translation>Отправлено всем получателям (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 sent, %3 failed: see the reasons below.</source>
        <translation>Отправлено %1 из %2, с ошибкой — %3: причины указаны ниже.</translation>
    </message>
    <message>
        <source>Queued at the operator: %1 of %2 done.</source>
        <translation>В очереди у оператора: выполнено %1 из %2.</translation>
    </message>
    <message>
        <source>The delivery could not be sent: %1</source>
        <translation>Не удалось отправить: %1</translation>
    </message>
</context>
<context>
    <name>corpcare::views::DownloadDialog</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Загрузка для работы без сети</translation>
    </message>
    <message>
        <source>Keeps the bills, itemization, payments, calls, SMS and data of the chosen accounts and period, and the company&apos;s lists as of now, on this computer. Only your password opens them.</source>
        <translation>Сохраняет на этом компьютере счета, детализацию, платежи, звонки, SMS и передачу данных по выбранным лицевым счетам за выбранный период, а также текущие справочники компании. Открыть их можно только вашим паролем.</translation>
    </message>
    <message>
        <source>Accounts to download</source>
        <translation>Лицевые счета для загрузки</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Лицевые счета:</translation>
    </message>
    <message>
        <source>Nothing is downloaded yet.</source>
        <translation>Пока ничего не загружено.</translation>
    </message>
    <message>
        <source>%1 – %2%3</source>
        <translation>%1 – %2%3</translation>
    </message>
    <message>
        <source> (unfinished)</source>
        <translation> (не завершена)</translation>
    </message>
    <message>
        <source>The archive is as of %1 and holds %2.</source>
        <translation>Архив на %1 содержит %2.</translation>
    </message>
    <message>
        <source>The archive holds nothing finished yet.</source>
        <translation>В архиве пока нет завершённых загрузок.</translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation>Не удаётся открыть архив: %1</translation>
    </message>
    <message>
        <source>Your password changed since the last download: the archive is made anew.</source>
        <translation>Ваш пароль изменился после последней загрузки: архив создаётся заново.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>%1 — %2 records so far (step %3 of %4)</source>
        <translation>%1 — записей: %2 (шаг %3 из %4)</translation>
    </message>
    <message>
        <source>Resumed where it stopped (%1 steps were already in). </source>
        <translation>Загрузка продолжена с места остановки (уже выполнено шагов: %1). </translation>
    </message>
    <message>
        <source>Done: %1 records are in the archive. File → Work offline opens them without the server.</source>
        <translation>Готово: в архиве записей — %1. Файл → Работать без сети открывает их без сервера.</translation>
    </message>
    <message>
        <source>Cancelled. What was read is kept: Download resumes where it stopped.</source>
        <translation>Отменено. Загруженное сохранено: «Загрузить» продолжит с места остановки.</translation>
    </message>
    <message>
        <source>The download stopped: %1 What was read is kept: Download resumes where it stopped.</source>
        <translation>Загрузка прервана: %1 Загруженное сохранено: «Загрузить» продолжит с места остановки.</translation>
    </message>
</context>
<context>
    <name>corpcare::views::ErrorBanner</name>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Подробности…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Повтори&amp;ть</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>corpcare::views::FilterLineEdit</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Быстрый фильтр</translation>
    </message>
</context>
<context>
    <name>corpcare::views::FinanceCharts</name>
    <message>
        <source>Service users drawn in the line graph</source>
        <translation>Абоненты на линейном графике</translation>
    </message>
    <message>
        <source>Tick the users whose charges the line graph draws</source>
        <translation>Отметьте абонентов, чьи начисления показать на графике</translation>
    </message>
    <message>
        <source>Users to draw:</source>
        <translation>Абоненты на графике:</translation>
    </message>
    <message>
        <source>Monthly bill amounts</source>
        <translation>Суммы счетов по месяцам</translation>
    </message>
    <message>
        <source>Shares in the charges of the period</source>
        <translation>Доли в начислениях за период</translation>
    </message>
    <message>
        <source>Charges by service user</source>
        <translation>Начисления по абонентам</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>corpcare::views::FinanceController</name>
    <message>
        <source>Loading cancelled: the tables show what had arrived before.</source>
        <translation>Загрузка отменена: в таблицах то, что успело загрузиться.</translation>
    </message>
    <message>
        <source>Loading bills, charges and payments…</source>
        <translation>Загрузка счетов, начислений и платежей…</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>счета</translation>
    </message>
    <message>
        <source>charges since the last bill</source>
        <translation>начисления с последнего счёта</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>платежи</translation>
    </message>
    <message>
        <source>Loading the itemization: %1 lines</source>
        <translation>Загрузка детализации: строк — %1</translation>
    </message>
    <message>
        <source>Loading the itemization: %1 of %2 lines</source>
        <translation>Загрузка детализации: %1 из %2 строк</translation>
    </message>
    <message>
        <source>The itemization could not be loaded: %1</source>
        <translation>Не удалось загрузить детализацию: %1</translation>
    </message>
    <message>
        <source>charges of the period</source>
        <translation>начисления за период</translation>
    </message>
    <message>
        <source>The %1 could not be loaded: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>Bill %1 could not be loaded: %2</source>
        <translation>Не удалось загрузить счёт %1: %2</translation>
    </message>
    <message>
        <source>Bill %1 is not available to you.</source>
        <translation>Счёт %1 вам недоступен.</translation>
    </message>
</context>
<context>
    <name>corpcare::views::FinanceWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Financial control</source>
        <translation>Финансовый контроль</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Bills</source>
        <translation>&amp;Счета</translation>
    </message>
    <message>
        <source>&amp;Charges since the last bill</source>
        <translation>&amp;Начисления с последнего счёта</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Пл&amp;атежи</translation>
    </message>
    <message>
        <source>&amp;Itemization</source>
        <translation>&amp;Детализация</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Гра&amp;фики</translation>
    </message>
    <message>
        <source>Bills of the period</source>
        <translation>Счета за период</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Back to the level above (Alt+Left)</source>
        <translation>На уровень выше (Alt+Влево)</translation>
    </message>
    <message>
        <source>Group charges by</source>
        <translation>Группировать начисления по</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Группировать по:</translation>
    </message>
    <message>
        <source>Open service user</source>
        <translation>Открыть абонента</translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation>Начисления с последнего счёта</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Payments of the period</source>
        <translation>Платежи за период</translation>
    </message>
    <message>
        <source>Bills the payment was applied to</source>
        <translation>Счета, в которые зачтён платёж</translation>
    </message>
    <message>
        <source>Applied to bills (open one with Enter):</source>
        <translation>Зачтено в счета (Enter — открыть):</translation>
    </message>
    <message>
        <source>Itemization of the period</source>
        <translation>Детализация за период</translation>
    </message>
    <message>
        <source>Loading the itemization…</source>
        <translation>Загрузка детализации…</translation>
    </message>
    <message>
        <source>%1 line(s): %2 without tax, %3 with tax</source>
        <translation>Строк: %1; %2 без НДС, %3 с НДС</translation>
    </message>
    <message>
        <source>Itemization</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <source>Total without tax</source>
        <translation>Итого без НДС</translation>
    </message>
    <message>
        <source>Total with tax</source>
        <translation>Итого с НДС</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Remaining to pay</source>
        <translation>Осталось оплатить</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>All charges</source>
        <translation>Все начисления</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Всего оплачено</translation>
    </message>
    <message>
        <source>Applied to bills</source>
        <translation>Зачтено в счета</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Loading the charges of the period…</source>
        <translation>Загрузка начислений за период…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s): %1 without tax, %2 with tax, %3 remaining to pay</source>
        <translation>
            <numerusform>%Ln счёт: %1 без НДС, %2 с НДС, осталось оплатить %3</numerusform>
            <numerusform>%Ln счёта: %1 без НДС, %2 с НДС, осталось оплатить %3</numerusform>
            <numerusform>%Ln счетов: %1 без НДС, %2 с НДС, осталось оплатить %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 without tax, %2 with tax, %Ln line(s)</source>
        <translation>
            <numerusform>Итого: %1 без НДС, %2 с НДС, %Ln строка</numerusform>
            <numerusform>Итого: %1 без НДС, %2 с НДС, %Ln строки</numerusform>
            <numerusform>Итого: %1 без НДС, %2 с НДС, %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s): %1, of which %2 applied to bills</source>
        <translation>
            <numerusform>%Ln платёж: %1, из них зачтено в счета %2</numerusform>
            <numerusform>%Ln платежа: %1, из них зачтено в счета %2</numerusform>
            <numerusform>%Ln платежей: %1, из них зачтено в счета %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::GroupOperationDialog</name>
    <message>
        <source>Change the &amp;tariff to:</source>
        <translation>Сменить &amp;тариф на:</translation>
    </message>
    <message>
        <source>&amp;Keep the status</source>
        <translation>&amp;Не менять статус</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Services to add</source>
        <translation>Подключаемые услуги</translation>
    </message>
    <message>
        <source>Services to remove</source>
        <translation>Отключаемые услуги</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Пропущен, потому что</translation>
    </message>
    <message>
        <source>Service users left out</source>
        <translation>Пропущенные абоненты</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Add services:</source>
        <translation>Подключить услуги:</translation>
    </message>
    <message>
        <source>Remove services:</source>
        <translation>Отключить услуги:</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>Перед отправкой</translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation>тариф %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>подключить %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>отключить %1</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>приостановить</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>возобновить</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln service user(s)</source>
        <translation>
            <numerusform>Изменить %Ln абонента</numerusform>
            <numerusform>Изменить %Ln абонентов</numerusform>
            <numerusform>Изменить %Ln абонентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service user(s) will change.</source>
        <translation>
            <numerusform>Изменится %Ln абонент.</numerusform>
            <numerusform>Изменятся %Ln абонента.</numerusform>
            <numerusform>Изменятся %Ln абонентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (listed below).</source>
        <translation>
            <numerusform>Пропущен %Ln (список ниже).</numerusform>
            <numerusform>Пропущены %Ln (список ниже).</numerusform>
            <numerusform>Пропущены %Ln (список ниже).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::MainWindow</name>
    <message>
        <source>CorpCare</source>
        <translation>CorpCare</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Без сети</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Актуальность данных</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
    <message>
        <source>&amp;Download for offline…</source>
        <translation>&amp;Загрузить для работы без сети…</translation>
    </message>
    <message>
        <source>Work o&amp;ffline…</source>
        <translation>&amp;Работать без сети…</translation>
    </message>
    <message>
        <source>Search the &amp;archive…</source>
        <translation>&amp;Поиск в архиве…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>В&amp;перёд</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Quick &amp;filter</source>
        <translation>Быстрый &amp;фильтр</translation>
    </message>
    <message>
        <source>Company &amp;tree</source>
        <translation>&amp;Структура компании</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Абоненты</translation>
    </message>
    <message>
        <source>&amp;Search and change…</source>
        <translation>&amp;Поиск и изменение…</translation>
    </message>
    <message>
        <source>Recent &amp;orders…</source>
        <translation>Последние &amp;заказы…</translation>
    </message>
    <message>
        <source>F&amp;inance</source>
        <translation>Ф&amp;инансы</translation>
    </message>
    <message>
        <source>&amp;Financial control…</source>
        <translation>&amp;Финансовый контроль…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>А&amp;дминистрирование</translation>
    </message>
    <message>
        <source>&amp;Portal users…</source>
        <translation>&amp;Пользователи портала…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>Де&amp;мо</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Новости</translation>
    </message>
    <message>
        <source>&amp;About CorpCare</source>
        <translation>&amp;О программе CorpCare</translation>
    </message>
    <message>
        <source>About CorpCare</source>
        <translation>О программе CorpCare</translation>
    </message>
    <message>
        <source>&lt;b&gt;CorpCare %1&lt;/b&gt;&lt;p&gt;Corporate telecom accounts and service users, over the operator&apos;s TM Forum Open API.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CorpCare %1&lt;/b&gt;&lt;p&gt;Корпоративные лицевые счета и абоненты связи — через TM Forum Open API оператора.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>CorpCare — %1 — %2</source>
        <translation>CorpCare — %1 — %2</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Войти как %1</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation>%1: %L2 из %L3</translation>
    </message>
    <message>
        <source>Data as of %1 (just now)</source>
        <translation>Данные на %1 (только что)</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1 (%n min ago)</source>
        <translation>
            <numerusform>Данные на %1 (%n мин назад)</numerusform>
            <numerusform>Данные на %1 (%n мин назад)</numerusform>
            <numerusform>Данные на %1 (%n мин назад)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::NewsDialog</name>
    <message>
        <source>News for corporate customers</source>
        <translation>Новости для корпоративных клиентов</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>Новость</translation>
    </message>
</context>
<context>
    <name>corpcare::views::OperationsController</name>
    <message>
        <source>Recent orders</source>
        <translation>Последние заказы</translation>
    </message>
    <message numerus="yes">
        <source>Your group operations of the last %n day(s) (Enter opens one):</source>
        <translation>
            <numerusform>Ваши групповые операции за последний %n день (Enter — открыть):</numerusform>
            <numerusform>Ваши групповые операции за последние %n дня (Enter — открыть):</numerusform>
            <numerusform>Ваши групповые операции за последние %n дней (Enter — открыть):</numerusform>
        </translation>
    </message>
    <message>
        <source>Search service users</source>
        <translation>Поиск абонентов</translation>
    </message>
    <message>
        <source>Send S&amp;MS to the selected…</source>
        <translation>Отправить &amp;SMS выбранным…</translation>
    </message>
    <message>
        <source>&amp;Thresholds of the selected…</source>
        <translation>&amp;Пороги начислений выбранных…</translation>
    </message>
    <message>
        <source>&amp;Default thresholds…</source>
        <translation>Пороги по &amp;умолчанию…</translation>
    </message>
    <message>
        <source>Default thresholds</source>
        <translation>Пороги по умолчанию</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <source>Charge thresholds</source>
        <translation>Пороги начислений</translation>
    </message>
    <message>
        <source>Changing thresholds needs the permission manageThresholds.</source>
        <translation>Для изменения порогов нужно право manageThresholds.</translation>
    </message>
    <message>
        <source>every line of %1 without thresholds of its own</source>
        <translation>всех номеров %1 без собственных порогов</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected service user(s), each its own</source>
        <translation>
            <numerusform>%Ln выбранного абонента, каждому свои</numerusform>
            <numerusform>%Ln выбранных абонентов, каждому свои</numerusform>
            <numerusform>%Ln выбранных абонентов, каждому свои</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::OrderWindow</name>
    <message>
        <source>&amp;Cancel the order</source>
        <translation>&amp;Отменить заказ</translation>
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation>&amp;Повторить неудачные</translation>
    </message>
    <message>
        <source>Group operation</source>
        <translation>Групповая операция</translation>
    </message>
    <message>
        <source>Result for each service user</source>
        <translation>Результат по каждому абоненту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The server refused the order: %1. Your permissions may have changed since the preview; no service user was changed.</source>
        <translation>Сервер отклонил заказ: %1. Возможно, ваши права изменились после предварительного просмотра; ни один абонент не изменён.</translation>
    </message>
    <message>
        <source>The order could not be sent or followed: %1</source>
        <translation>Не удалось отправить заказ или отследить его: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Не удалось прочитать ответ сервера: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 cancelled, %5 waiting</source>
        <translation>%1: выполнено — %2, с ошибкой — %3, отменено — %4, ожидает — %5</translation>
    </message>
    <message>
        <source>Group operation %1</source>
        <translation>Групповая операция %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Cancelled in CorpCare</source>
        <translation>Отменено в CorpCare</translation>
    </message>
    <message>
        <source>The order could not be cancelled: %1</source>
        <translation>Не удалось отменить заказ: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Повтор: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending the order for %Ln service user(s)…</source>
        <translation>
            <numerusform>Отправка заказа для %Ln абонента…</numerusform>
            <numerusform>Отправка заказа для %Ln абонентов…</numerusform>
            <numerusform>Отправка заказа для %Ln абонентов…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;снова</translation>
    </message>
    <message>
        <source>Send the same order again. If the server did receive it, it answers with that order and changes nothing twice.</source>
        <translation>Отправить тот же заказ ещё раз. Если сервер его уже получил, он ответит этим заказом и ничего не изменит дважды.</translation>
    </message>
    <message>
        <source>Follow the order again.</source>
        <translation>Снова следить за заказом.</translation>
    </message>
    <message>
        <source>Following the order again…</source>
        <translation>Снова следим за заказом…</translation>
    </message>
</context>
<context>
    <name>corpcare::views::OverThresholdView</name>
    <message>
        <source>Lines over their charge threshold</source>
        <translation>Номера с превышением порога начислений</translation>
    </message>
</context>
<context>
    <name>corpcare::views::PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
</context>
<context>
    <name>corpcare::views::PortalUsersWindow</name>
    <message>
        <source>Portal users</source>
        <translation>Пользователи портала</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Новый пользователь</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>a-z, 0-9, «.», «_», «-»</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Права:</translation>
    </message>
    <message>
        <source>What the user sees</source>
        <translation>Что видит пользователь</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>&amp;Видит:</translation>
    </message>
    <message>
        <source>a number, e.g. +7 910 255-51-22</source>
        <translation>номер, например +7 910 255-51-22</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Добавить но&amp;мер</translation>
    </message>
    <message>
        <source>Single l&amp;ine:</source>
        <translation>Отдельный н&amp;омер:</translation>
    </message>
    <message>
        <source>at least 10 characters; empty keeps the current one</source>
        <translation>не менее 10 символов; пустой — оставить текущий</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>О&amp;тключить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Лицевой счёт %1</translation>
    </message>
    <message>
        <source>Single lines</source>
        <translation>Отдельные номера</translation>
    </message>
    <message>
        <source>No line with the number %1 is loaded.</source>
        <translation>Номер %1 не загружен.</translation>
    </message>
    <message>
        <source>Loading the portal users…</source>
        <translation>Загрузка пользователей портала…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>В&amp;ключить</translation>
    </message>
    <message>
        <source>Tick what the user sees: departments (with their subdepartments), accounts or single lines.</source>
        <translation>Отметьте, что видит пользователь: подразделения (с дочерними), лицевые счета или отдельные номера.</translation>
    </message>
    <message numerus="yes">
        <source>Will see %n department(s), </source>
        <translation>
            <numerusform>Будет видеть %n подразделение, </numerusform>
            <numerusform>Будет видеть %n подразделения, </numerusform>
            <numerusform>Будет видеть %n подразделений, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) and </source>
        <translation>
            <numerusform>%n лицевой счёт и </numerusform>
            <numerusform>%n лицевых счёта и </numerusform>
            <numerusform>%n лицевых счетов и </numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>Создание пользователя…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service user(s).</source>
        <translation>
            <numerusform>%Ln абонента.</numerusform>
            <numerusform>%Ln абонентов.</numerusform>
            <numerusform>%Ln абонентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corpcare::views::ReportDeliveryActions</name>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Отправить по &amp;эл. почте…</translation>
    </message>
    <message>
        <source>Send by &amp;fax…</source>
        <translation>Отправить по &amp;факсу…</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>О&amp;тправить…</translation>
    </message>
    <message>
        <source>Have the operator send this report by e-mail or fax</source>
        <translation>Попросить оператора отправить этот отчёт по электронной почте или факсу</translation>
    </message>
    <message>
        <source>Itemization of bill %1</source>
        <translation>Детализация счёта %1</translation>
    </message>
    <message>
        <source>Bill %1 with each service user&apos;s share</source>
        <translation>Счёт %1 с долей каждого абонента</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Отправить по эл. почте…</translation>
    </message>
    <message>
        <source>Send by fax…</source>
        <translation>Отправить по факсу…</translation>
    </message>
    <message>
        <source>Choose a bill on the Bills tab first.</source>
        <translation>Сначала выберите счёт на вкладке «Счета».</translation>
    </message>
    <message>
        <source>Charts are not sent; choose Bills, Charges, Payments or Itemization.</source>
        <translation>Графики не отправляются; выберите «Счета», «Начисления», «Платежи» или «Детализация».</translation>
    </message>
    <message>
        <source>Choose one billing account: a report is sent per account.</source>
        <translation>Выберите один лицевой счёт: отчёт отправляется по каждому лицевому счёту отдельно.</translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation>Начисления с последнего счёта</translation>
    </message>
    <message>
        <source>Payments from %1 to %2</source>
        <translation>Платежи с %1 по %2</translation>
    </message>
    <message>
        <source>Sc&amp;heduled deliveries…</source>
        <translation>Рассылки по &amp;расписанию…</translation>
    </message>
</context>
<context>
    <name>corpcare::views::ScheduleDialog</name>
    <message>
        <source>New scheduled delivery</source>
        <translation>Новая рассылка по расписанию</translation>
    </message>
    <message>
        <source>Edit scheduled delivery</source>
        <translation>Изменение рассылки по расписанию</translation>
    </message>
    <message>
        <source>Every time a new bill of %1 is issued, send:</source>
        <translation>При каждом новом счёте по %1 отправлять:</translation>
    </message>
    <message>
        <source>its itemization</source>
        <translation>его детализацию</translation>
    </message>
    <message>
        <source>the bill with each user&apos;s share</source>
        <translation>счёт с долей каждого абонента</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>по электронной почте</translation>
    </message>
    <message>
        <source>by fax</source>
        <translation>по факсу</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Ко&amp;му:</translation>
    </message>
    <message>
        <source>Type at least one receiver.</source>
        <translation>Укажите хотя бы одного получателя.</translation>
    </message>
    <message>
        <source>“%1” is not a fax number.</source>
        <translation>«%1» — не номер факса.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>corpcare::views::SearchConditions</name>
    <message>
        <source>Number or name</source>
        <translation>Номер или имя</translation>
    </message>
    <message>
        <source>Number or name contains</source>
        <translation>Номер или имя содержит</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>Has all of these services</source>
        <translation>Подключены все эти услуги</translation>
    </message>
    <message>
        <source>Has none of these services</source>
        <translation>Не подключена ни одна из этих услуг</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Billing accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <source>&amp;Tariff</source>
        <translation>&amp;Тариф</translation>
    </message>
    <message>
        <source>&amp;Department (with subdepartments)</source>
        <translation>&amp;Подразделение (с дочерними)</translation>
    </message>
    <message>
        <source>&amp;Has services</source>
        <translation>&amp;Есть услуги</translation>
    </message>
    <message>
        <source>Has &amp;not services</source>
        <translation>Нет &amp;услуг</translation>
    </message>
    <message>
        <source>Billing &amp;account</source>
        <translation>&amp;Лицевой счёт</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>&amp;Активен</translation>
    </message>
    <message>
        <source>&amp;Suspended</source>
        <translation>П&amp;риостановлен</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Over &amp;first</source>
        <translation>Выше перв&amp;ого</translation>
    </message>
    <message>
        <source>Over s&amp;econd</source>
        <translation>Выше &amp;второго</translation>
    </message>
    <message>
        <source>Charges this month exceed the first threshold (lines over the second too)</source>
        <translation>Начисления за месяц превышают первый порог (включая номера выше второго)</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Порог:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Charges this month from</source>
        <translation>Начисления за месяц от</translation>
    </message>
    <message>
        <source>Charges this month to</source>
        <translation>Начисления за месяц до</translation>
    </message>
    <message>
        <source>&amp;Charges this month:</source>
        <translation>&amp;Начисления за месяц:</translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (не загружено)</translation>
    </message>
    <message>
        <source>Charges must be amounts like 1500 or 1500.50.</source>
        <translation>Начисления указываются суммами, например 1500 или 1500,50.</translation>
    </message>
</context>
<context>
    <name>corpcare::views::SearchPanel</name>
    <message>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Название поиска:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop asking the server (Esc)</source>
        <translation>Прекратить запрос к серверу (Esc)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Sa&amp;ved searches (Enter runs, Delete removes):</source>
        <translation>Сох&amp;ранённые поиски (Enter — выполнить, Delete — удалить):</translation>
    </message>
    <message>
        <source>No search yet.</source>
        <translation>Поиск ещё не выполнялся.</translation>
    </message>
    <message>
        <source>&amp;Group operation…</source>
        <translation>&amp;Групповая операция…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Рез&amp;ультаты</translation>
    </message>
    <message>
        <source>&amp;Over threshold</source>
        <translation>&amp;Выше порога</translation>
    </message>
    <message>
        <source>Asking the server: %1 of the company&apos;s users are loaded here…</source>
        <translation>Запрос к серверу: здесь загружено абонентов компании — %1…</translation>
    </message>
    <message>
        <source>Asking the server: %1 matching users so far…</source>
        <translation>Запрос к серверу: пока найдено абонентов — %1…</translation>
    </message>
    <message>
        <source>The search on the server was stopped; press Search to search what is loaded.</source>
        <translation>Поиск на сервере остановлен; нажмите «Найти», чтобы искать среди загруженных.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>%1 of %2 users: %3 (%4 ms)</source>
        <translation>%1 из %2 абонентов: %3 (%4 мс)</translation>
    </message>
    <message>
        <source>%1 users: %2 — searched on the server (%3 users are loaded here so far)</source>
        <translation>Найдено абонентов: %1 (%2) — поиск на сервере (здесь пока загружено абонентов: %3)</translation>
    </message>
    <message>
        <source>%1 of the %2 loaded users: %3 — only the loaded users: the server could not search (%4)</source>
        <translation>%1 из %2 загруженных абонентов: %3 — только среди загруженных: сервер не смог выполнить поиск (%4)</translation>
    </message>
    <message>
        <source>%1 — the loaded users changed: press Search to refresh.</source>
        <translation>%1 — загруженные абоненты изменились: нажмите «Найти», чтобы обновить.</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
</context>
<context>
    <name>corpcare::views::SendReportDialog</name>
    <message>
        <source>Send by fax</source>
        <translation>Отправка по факсу</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Отправка по электронной почте</translation>
    </message>
    <message>
        <source>+7 495 123-45-67</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>name@example.com, other@example.com</translation>
    </message>
    <message>
        <source>&amp;Fax numbers:</source>
        <translation>&amp;Номера факсов:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>The operator makes the file from its own data and sends it; the delivery window shows each receiver&apos;s state.</source>
        <translation>Оператор сформирует файл по своим данным и отправит его; в окне доставки видно состояние по каждому получателю.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Type a fax number.</source>
        <translation>Укажите номер факса.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Укажите адрес электронной почты.</translation>
    </message>
    <message>
        <source>At most 50 receivers at a time.</source>
        <translation>Не более 50 получателей за раз.</translation>
    </message>
    <message>
        <source>“%1” is not a fax number (5 to 20 digits).</source>
        <translation>«%1» — не номер факса (от 5 до 20 цифр).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>corpcare::views::ServiceUserDetailView</name>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Calls, SMS and &amp;data…</source>
        <translation>Звонки, SMS и &amp;данные…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Charges since the last bill</source>
        <translation>Начисления с последнего счёта</translation>
    </message>
    <message>
        <source>Every call, SMS and data session of this user over a period</source>
        <translation>Все звонки, SMS и сеансы передачи данных абонента за период</translation>
    </message>
    <message>
        <source>This line is suspended.</source>
        <translation>Этот номер приостановлен.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Дата подключения</translation>
    </message>
    <message>
        <source>Charges this month</source>
        <translation>Начисления за месяц</translation>
    </message>
</context>
<context>
    <name>corpcare::views::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <source>Work &amp;offline: open what was downloaded, without the server</source>
        <translation>Работать &amp;без сети: открыть загруженные данные без сервера</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>Открыть &amp;демонстрационную компанию</translation>
    </message>
    <message>
        <source>Sign in to CorpCare</source>
        <translation>Вход в CorpCare</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Сохранённое подключение</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Новое подключение</translation>
    </message>
    <message>
        <source>for example: Operator — production</source>
        <translation>например: Оператор — рабочий</translation>
    </message>
    <message>
        <source>optional: a CA certificate the server&apos;s certificate chains to</source>
        <translation>необязательно: сертификат ЦС, которым подписан сертификат сервера</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Выбрать файл сертификата ЦС</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>П&amp;одключение:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Файл &amp;ЦС:</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Попробовать</translation>
    </message>
    <message>
        <source>Demo user</source>
        <translation>Демонстрационный пользователь</translation>
    </message>
    <message>
        <source>as</source>
        <translation>как</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://billing.example.com.</source>
        <translation>Введите адрес сервера, например https://billing.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// — CorpCare only talks to servers over TLS.</source>
        <translation>Адрес должен начинаться с https:// — CorpCare работает с серверами только по TLS.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Remember me (not available: %1)</source>
        <translation>Запомнить меня (недоступно: %1)</translation>
    </message>
    <message>
        <source>Session expired — sign in again</source>
        <translation>Сеанс истёк — войдите снова</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to carry on; nothing you did is lost.</source>
        <translation>Ваш сеанс истёк. Войдите снова, чтобы продолжить; ничего из сделанного не потеряно.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Файл ЦС</translation>
    </message>
</context>
<context>
    <name>corpcare::views::SmsWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Text of the SMS:</source>
        <translation>Текст SMS:</translation>
    </message>
    <message>
        <source>Text of the SMS</source>
        <translation>Текст SMS</translation>
    </message>
    <message>
        <source>Delivery to each receiver</source>
        <translation>Доставка каждому получателю</translation>
    </message>
    <message>
        <source>The SMS could not be sent or followed: %1</source>
        <translation>Не удалось отправить SMS или отследить доставку: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Не удалось прочитать ответ сервера: %1</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 sent, %4 waiting</source>
        <translation>доставлено — %1, с ошибкой — %2, отправлено — %3, ожидает — %4</translation>
    </message>
    <message numerus="yes">
        <source>SMS to %Ln service user(s)</source>
        <translation>
            <numerusform>SMS %Ln абоненту</numerusform>
            <numerusform>SMS %Ln абонентам</numerusform>
            <numerusform>SMS %Ln абонентам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 characters, to %Ln service user(s)</source>
        <translation>
            <numerusform>%1 из %2 символов, %Ln абоненту</numerusform>
            <numerusform>%1 из %2 символов, %Ln абонентам</numerusform>
            <numerusform>%1 из %2 символов, %Ln абонентам</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;снова</translation>
    </message>
    <message>
        <source>Following the SMS again…</source>
        <translation>Снова следим за SMS…</translation>
    </message>
</context>
<context>
    <name>corpcare::views::TableView</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, commas and decimal points (*.csv)</source>
        <translation>CSV, запятые и десятичные точки (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolons and decimal commas (*.csv)</source>
        <translation>CSV, точки с запятой и десятичные запятые (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>corpcare::views::ThresholdDialog</name>
    <message>
        <source>Charge thresholds</source>
        <translation>Пороги начислений</translation>
    </message>
    <message>
        <source>Monthly charge thresholds for %1.</source>
        <translation>Месячные пороги начислений для %1.</translation>
    </message>
    <message>
        <source>Now: %1 warns, %2 is critical (set on %3).</source>
        <translation>Сейчас: %1 — предупреждение, %2 — критический (задан для: %3).</translation>
    </message>
    <message>
        <source>No threshold applies now.</source>
        <translation>Сейчас пороги не действуют.</translation>
    </message>
    <message>
        <source>&amp;First (warning):</source>
        <translation>&amp;Первый (предупреждение):</translation>
    </message>
    <message>
        <source>&amp;Second (critical):</source>
        <translation>&amp;Второй (критический):</translation>
    </message>
    <message>
        <source>Write both amounts with at most two decimals, e.g. 1500 or 1500.50.</source>
        <translation>Укажите обе суммы не более чем с двумя знаками после запятой, например 1500 или 1500,50.</translation>
    </message>
    <message>
        <source>Both amounts must be above zero.</source>
        <translation>Обе суммы должны быть больше нуля.</translation>
    </message>
    <message>
        <source>The second (critical) threshold cannot be below the first.</source>
        <translation>Второй (критический) порог не может быть ниже первого.</translation>
    </message>
</context>
<context>
    <name>corpcare::views::UsageWindow</name>
    <message>
        <source>Calls, SMS and data of %1</source>
        <translation>Звонки, SMS и передача данных: %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Type of record</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Calls, SMS and data sessions</source>
        <translation>Звонки, SMS и сеансы передачи данных</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Total without tax</source>
        <translation>Итого без НДС</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) shown, %1 without tax</source>
        <translation>
            <numerusform>Показана %Ln запись, %1 без НДС</numerusform>
            <numerusform>Показаны %Ln записи, %1 без НДС</numerusform>
            <numerusform>Показано %Ln записей, %1 без НДС</numerusform>
        </translation>
    </message>
</context>
</TS>
