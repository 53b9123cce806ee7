<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>DaskRunner</name>
    <message>
        <location filename="../../tasker_qt/core/dask_runner.py" line="+319"/>
        <source>Waiting for the Dask cluster…</source>
        <translation>Очікування кластера Dask…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tasker_qt/ui/history_model.py" line="+127"/>
        <source>Run</source>
        <extracomment>the Run of a row what a click on a column&apos;s header sorts by (columns the file keeps an index of)</extracomment>
        <translation>Запуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Робота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Запущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result or error</source>
        <translation>Результат або помилка</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interrupted</source>
        <translation>Перервано</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../tasker_qt/ui/history_view.py" line="+53"/>
        <source>Job</source>
        <extracomment>(job name, parameter values) of a run the user wants to repeat (file, runs written) when an export has finished</extracomment>
        <translation>Робота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs of this job</source>
        <translation>Показує лише запуски цієї роботи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs that ended so</source>
        <translation>Показує лише запуски, що так завершилися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or after</source>
        <translation>Запуски, розпочаті цього дня або пізніше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or before</source>
        <translation>Запуски, розпочаті цього дня або раніше</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Past runs</source>
        <translation>Попередні запуски</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run details</source>
        <translation>Подробиці запуску</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a run to see its details.</source>
        <translation>Виберіть запуск, щоб побачити подробиці.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again</source>
        <translation>Запустити знову</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected run&apos;s job with the same parameters</source>
        <translation>Запустити роботу вибраного запуску з тими самими параметрами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear…</source>
        <translation>Очистити…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{label}: any day</source>
        <translation>{label}: будь-який день</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All jobs</source>
        <translation>Усі роботи</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n запуск</numerusform>
            <numerusform>%n запуски</numerusform>
            <numerusform>%n запусків</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run {id}: {job} ({name}), {kind}</source>
        <translation>Запуск {id}: {job} ({name}), {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>Стан: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: {when}</source>
        <translation>Запущено: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took: {seconds} s</source>
        <translation>Тривалість: {seconds} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Параметри:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Помилка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log (last lines):</source>
        <translation>Журнал (останні рядки):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear the history?</source>
        <translation>Очистити історію?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget all {count} finished runs? This cannot be undone.</source>
        <translation>Забути всі завершені запуски ({count})? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export runs</source>
        <translation>Експортувати запуски</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <location filename="../../tasker_qt/app/job_form.py" line="+114"/>
        <source>a whole number</source>
        <translation>ціле число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on or off</source>
        <translation>увімкнено або вимкнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file or folder</source>
        <translation>файл або тека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of a list</source>
        <translation>один зі списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}, default {default}</source>
        <translation>{kind}, типово {default}</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+181"/>
        <source>Run</source>
        <extracomment>(job name, parameter values) when the user asks to run a valid form how long Run waits for the file system to say whether input paths exist</extracomment>
        <translation>Запустити</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Run this job (Ctrl+Return)</source>
        <translation>Запустити цю роботу (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every field back to the job&apos;s default</source>
        <translation>Повернути всім полям типові значення роботи</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a job</source>
        <translation>Виберіть роботу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a job on the left, fill in its parameters, and run it.</source>
        <translation>Виберіть роботу ліворуч, заповніть її параметри й запустіть.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job cannot run: {error}</source>
        <translation>Цю роботу не можна запустити: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This job takes no parameters.</source>
        <translation>Ця робота не має параметрів.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label} is required</source>
        <translation>Поле «{label}» обов’язкове</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a whole number, such as {example}</source>
        <translation>Введіть ціле число, наприклад {example}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot look at {path}: {error}</source>
        <translation>Не вдається перевірити {path}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no folder {path}</source>
        <translation>Теки {path} не існує</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {path}</source>
        <translation>Файлу {path} не існує</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a folder</source>
        <translation>{path} — не тека</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} does not answer: is its drive or network share there?</source>
        <translation>{path} не відповідає: чи доступний диск або мережева папка?</translation>
    </message>
</context>
<context>
    <name>JobListWidget</name>
    <message>
        <location filename="../../tasker_qt/app/job_list.py" line="+16"/>
        <source>runs in a worker process</source>
        <translation>виконується в робочому процесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs in a thread</source>
        <translation>виконується в потоці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs on the event loop</source>
        <translation>виконується в циклі подій</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search jobs…</source>
        <extracomment>the selected job changed (None when nothing is selected)</extracomment>
        <translation>Шукати роботи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search jobs</source>
        <translation>Шукати роботи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the jobs whose title or name contains this</source>
        <translation>Показує лише роботи, назва або ім’я яких містить цей текст</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs</source>
        <translation>Роботи</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{title} (broken)</source>
        <translation>{title} (пошкоджено)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tasker_qt/app/window.py" line="+69"/>
        <source>&amp;Stop tasks and quit</source>
        <translation>&amp;Зупинити завдання й вийти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait for tasks, then quit</source>
        <translation>&amp;Дочекатися завдань, потім вийти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Don&apos;t quit</source>
        <translation>&amp;Не виходити</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop tasks and quit: asks every task to stop and closes as soon as they have; a process job that does not stop within a few seconds is ended.
Wait for tasks, then quit: lets the tasks finish and closes then; until they have, you can still choose to quit now or not at all.
Don&apos;t quit: the window stays open and the tasks carry on.</source>
        <translation>Зупинити завдання й вийти: просить кожне завдання зупинитися й закриває вікно, щойно всі зупиняться; робота в процесі, що не зупиниться за кілька секунд, буде завершена примусово.
Дочекатися завдань, потім вийти: дає завданням закінчитися й тоді закриває вікно; доти ви ще можете вирішити вийти негайно або не виходити зовсім.
Не виходити: вікно лишається відкритим, а завдання працюють далі.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (cancelling…)</source>
        <translation>{name} (скасовується…)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Failures not yet looked at</source>
        <translation>Ще не переглянуті невдачі</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tas&amp;ks</source>
        <translation>За&amp;вдання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi&amp;story</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open job folder</source>
        <translation>Відкрити &amp;теку робіт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Install job…</source>
        <translation>&amp;Встановити роботу…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload jobs</source>
        <translation>&amp;Перечитати роботи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Завдання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run job</source>
        <translation>&amp;Запустити роботу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;selected</source>
        <translation>Скасувати &amp;вибрані</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;all</source>
        <translation>Скасувати в&amp;сі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear finished</source>
        <translation>&amp;Прибрати завершені</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify when long tasks end</source>
        <translation>Сп&amp;овіщати про завершення довгих завдань</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Always</source>
        <translation>&amp;Завжди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when they &amp;fail</source>
        <translation>Лише коли не &amp;вдаються</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Never</source>
        <translation>&amp;Ніколи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About tasker-qt</source>
        <translation>&amp;Про tasker-qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;Run job scripts in the background and watch them live.&lt;/p&gt;&lt;p&gt;Job folders:&lt;br&gt;{folders}&lt;/p&gt;</source>
        <translation>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;Запускайте скрипти робіт у фоні й стежте за ними наживо.&lt;/p&gt;&lt;p&gt;Теки робіт:&lt;br&gt;{folders}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About tasker-qt</source>
        <translation>Про tasker-qt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file manager could open the job folder. It is {folder}</source>
        <translation>Жоден файловий менеджер не зміг відкрити теку робіт. Вона тут: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy path</source>
        <translation>Копіювати шлях</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs are not recorded this time: {reason}</source>
        <translation>Цього разу запуски не записуються: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quitting: no new jobs are started.</source>
        <translation>Вихід: нові роботи не запускаються.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started {name}</source>
        <translation>Запущено {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started {name} (filters cleared to show it)</source>
        <translation>Запущено {name} (фільтри скинуто, щоб його показати)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n failed since you last looked</source>
        <translation>
            <numerusform>%n завдання не вдалося відтоді, як ви дивилися</numerusform>
            <numerusform>%n завдання не вдалися відтоді, як ви дивилися</numerusform>
            <numerusform>%n завдань не вдалися відтоді, як ви дивилися</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Install job scripts</source>
        <translation>Встановити скрипти робіт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python job scripts (*.py)</source>
        <translation>Python-скрипти робіт (*.py)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not installed: {reasons}</source>
        <translation>Не встановлено: {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed {names}.</source>
        <translation>Встановлено {names}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide the job of the same name?</source>
        <translation>Приховати роботу з такою самою назвою?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” already comes from {folder}.

Install yours anyway? The list will show yours, and the other “{name}” stays hidden while yours is installed.</source>
        <translation>Робота з назвою «{name}» уже є в {folder}.

Все одно встановити вашу? У списку буде ваша, а інша «{name}» лишатиметься прихованою, доки встановлено вашу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace job?</source>
        <translation>Замінити роботу?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” is already installed. Replace it with this file?</source>
        <translation>Роботу з назвою «{name}» уже встановлено. Замінити її цим файлом?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only .py job scripts can be dropped here</source>
        <translation>Сюди можна перетягувати лише .py-скрипти робіт</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tasks are still running</source>
        <translation>Завдання ще виконуються</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) are still running: {names}</source>
        <translation>
            <numerusform>%n завдання ще виконується: {names}</numerusform>
            <numerusform>%n завдання ще виконуються: {names}</numerusform>
            <numerusform>%n завдань ще виконуються: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Quitting when %n task(s) have stopped: {names}</source>
        <translation>
            <numerusform>Вихід, щойно зупиниться %n завдання: {names}</numerusform>
            <numerusform>Вихід, щойно зупиняться %n завдання: {names}</numerusform>
            <numerusform>Вихід, щойно зупиняться %n завдань: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit now</source>
        <translation>Вийти зараз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>Не виходити</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not quitting: the tasks carry on.</source>
        <translation>Вихід скасовано: завдання працюють далі.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping tasks and worker processes…</source>
        <translation>Зупинення завдань і робочих процесів…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../tasker_qt/app/notice_bar.py" line="+32"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../tasker_qt/app/notifier.py" line="+102"/>
        <source>{name} failed</source>
        <extracomment>how many tasks failed since the user last looked (cleared by ``seen()``)</extracomment>
        <translation>{name}: помилка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has ended</source>
        <translation>{name} завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} after {duration}</source>
        <translation>{status} через {duration}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>tasker-qt: %n task(s) running</source>
        <translation>
            <numerusform>tasker-qt: виконується %n завдання</numerusform>
            <numerusform>tasker-qt: виконуються %n завдання</numerusform>
            <numerusform>tasker-qt: виконуються %n завдань</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="+49"/>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../tasker_qt/ui/progress_delegate.py" line="+61"/>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <location filename="../../tasker_qt/ui/task_filter.py" line="+39"/>
        <source>All tasks</source>
        <translation>Усі завдання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Завершені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Невдалі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Скасовані</translation>
    </message>
</context>
<context>
    <name>TaskDetailsView</name>
    <message>
        <location filename="../../tasker_qt/ui/details.py" line="+42"/>
        <location line="+79"/>
        <source>No task selected</source>
        <translation>Жодного завдання не вибрано</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The job has logged nothing.</source>
        <translation>Робота нічого не записала в журнал.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Повідомлення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing:</source>
        <translation>Час:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Параметри:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}  ({kind} task {id})</source>
        <translation>{name}  (завдання {id}, {kind})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created {created} · started {started} · finished {finished}</source>
        <translation>створено {created} · запущено {started} · завершено {finished}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>took {duration}</source>
        <translation>тривало {duration}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running for {duration}</source>
        <translation>виконується {duration}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed</source>
        <translation>Не вдалося</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still running.</source>
        <translation>Ще виконується.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to start.</source>
        <translation>Очікує на запуск.</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="+59"/>
        <source>thread</source>
        <translation>потік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process</source>
        <translation>процес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dask</source>
        <translation>Dask</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../tasker_qt/ui/model.py" line="+207"/>
        <source>Cancel</source>
        <extracomment>the row&apos;s Task progress 0..1, or None while the task has reported none (drawn busy) the row&apos;s TaskStatus, for delegates to pick colours by (through Qt: its str value) rows were refreshed this frame; True if some task&apos;s status changed</extracomment>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>TaskMonitorPanel</name>
    <message>
        <location filename="../../tasker_qt/ui/panel.py" line="+69"/>
        <source>Filter by name or message…</source>
        <translation>Фільтрувати за назвою або повідомленням…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tasks</source>
        <translation>Фільтрувати завдання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the tasks whose name, message or error contains this text</source>
        <translation>Показує лише завдання, назва, повідомлення або помилка яких містить цей текст</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show tasks</source>
        <translation>Показати завдання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which tasks the table shows, by status</source>
        <translation>Які завдання показує таблиця, за станом</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Cancel selected</source>
        <translation>Скасувати вибрані</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cancel all</source>
        <translation>Скасувати всі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear finished</source>
        <translation>Прибрати завершені</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per task; Space or Return on a row&apos;s last cell cancels it, Delete cancels the selected tasks</source>
        <translation>Один рядок на завдання; Пробіл або Enter в останній клітинці рядка скасовує його, Delete скасовує вибрані завдання</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy error</source>
        <translation>Копіювати помилку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Показати подробиці</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from list</source>
        <translation>Прибрати зі списку</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="+109"/>
        <source>Cancelling…</source>
        <translation>Скасовується…</translation>
    </message>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-15"/>
        <source>Pending</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Виконується</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
</context>
<context>
    <name>TaskStatusWidget</name>
    <message>
        <location filename="../../tasker_qt/ui/status_widget.py" line="+51"/>
        <source>No tasks running</source>
        <extracomment>the user clicked the widget</extracomment>
        <translation>Жодне завдання не виконується</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show the task monitor</source>
        <translation>Клацніть, щоб показати монітор завдань</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n виконується</numerusform>
            <numerusform>%n виконуються</numerusform>
            <numerusform>%n виконуються</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n очікує</numerusform>
            <numerusform>%n очікують</numerusform>
            <numerusform>%n очікують</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} overall</source>
        <translation>{percent} загалом</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="-74"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Поступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Минуло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <comment>estimated time left</comment>
        <translation>Залишилось</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancel {name} (Space)</source>
        <translation>Скасувати {name} (Пробіл)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>зайнято</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stalled</source>
        <translation>застрягло</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel {name}</source>
        <translation>Скасувати {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress for {seconds} s or more</source>
        <translation>Без поступу {seconds} с або довше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {duration} left, done around {time}</source>
        <translation>Лишилося приблизно {duration}, завершиться близько {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough progress yet to estimate</source>
        <translation>Ще замало поступу для оцінки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress yet</source>
        <translation>Поступу ще немає</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} done</source>
        <translation>{percent} виконано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} — {kind} task {id} · {status}</source>
        <translation>{name} — завдання {id}, {kind} · {status}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-33"/>
        <source>on</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../../tasker_qt/app/job_form.py" line="-365"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for {label}</source>
        <translation>Вибрати: {label}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder</source>
        <translation>Виберіть теку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Виберіть файл</translation>
    </message>
</context>
</TS>
