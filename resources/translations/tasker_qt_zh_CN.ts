<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DaskRunner</name>
    <message>
        <location filename="../../tasker_qt/core/dask_runner.py" line="+319"/>
        <source>Waiting for the Dask cluster…</source>
        <translation>正在等待 Dask 集群…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tasker_qt/ui/history_model.py" line="+127"/>
        <source>Run</source>
        <extracomment>the Run of a row what a click on a column&apos;s header sorts by (columns the file keeps an index of)</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result or error</source>
        <translation>结果或错误</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../tasker_qt/ui/history_view.py" line="+53"/>
        <source>Job</source>
        <extracomment>(job name, parameter values) of a run the user wants to repeat (file, runs written) when an export has finished</extracomment>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs of this job</source>
        <translation>仅显示此作业的运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs that ended so</source>
        <translation>仅显示以此状态结束的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or after</source>
        <translation>在此日期或之后开始的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or before</source>
        <translation>在此日期或之前开始的运行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Past runs</source>
        <translation>过往运行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run details</source>
        <translation>运行详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a run to see its details.</source>
        <translation>选择一次运行以查看详情。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected run&apos;s job with the same parameters</source>
        <translation>用相同参数启动所选运行的作业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{label}: any day</source>
        <translation>{label}：任意日期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All jobs</source>
        <translation>所有作业</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run {id}: {job} ({name}), {kind}</source>
        <translation>运行 {id}：{job}（{name}），{kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: {when}</source>
        <translation>开始时间：{when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took: {seconds} s</source>
        <translation>耗时：{seconds} 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log (last lines):</source>
        <translation>日志（最后几行）：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear the history?</source>
        <translation>清空历史记录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget all {count} finished runs? This cannot be undone.</source>
        <translation>忘记全部 {count} 条已结束的运行记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export runs</source>
        <translation>导出运行记录</translation>
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
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on or off</source>
        <translation>开或关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file or folder</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of a list</source>
        <translation>列表中的一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}, default {default}</source>
        <translation>{kind}，默认 {default}</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+181"/>
        <source>Run</source>
        <extracomment>(job name, parameter values) when the user asks to run a valid form how long Run waits for the file system to say whether input paths exist</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Run this job (Ctrl+Return)</source>
        <translation>运行此作业 (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every field back to the job&apos;s default</source>
        <translation>将所有字段恢复为作业的默认值</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a job</source>
        <translation>选择作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a job on the left, fill in its parameters, and run it.</source>
        <translation>在左侧选择一个作业，填写参数，然后运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job cannot run: {error}</source>
        <translation>此作业无法运行：{error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This job takes no parameters.</source>
        <translation>此作业没有参数。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label} is required</source>
        <translation>{label}为必填项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a whole number, such as {example}</source>
        <translation>请输入整数，例如 {example}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot look at {path}: {error}</source>
        <translation>无法查看 {path}：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no folder {path}</source>
        <translation>文件夹 {path} 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {path}</source>
        <translation>文件 {path} 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} does not answer: is its drive or network share there?</source>
        <translation>{path} 没有响应：其所在的驱动器或网络共享是否可用？</translation>
    </message>
</context>
<context>
    <name>JobListWidget</name>
    <message>
        <location filename="../../tasker_qt/app/job_list.py" line="+16"/>
        <source>runs in a worker process</source>
        <translation>在工作进程中运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs in a thread</source>
        <translation>在线程中运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs on the event loop</source>
        <translation>在事件循环中运行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search jobs…</source>
        <extracomment>the selected job changed (None when nothing is selected)</extracomment>
        <translation>搜索作业…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search jobs</source>
        <translation>搜索作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the jobs whose title or name contains this</source>
        <translation>仅显示标题或名称包含此内容的作业</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{title} (broken)</source>
        <translation>{title}（已损坏）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tasker_qt/app/window.py" line="+69"/>
        <source>&amp;Stop tasks and quit</source>
        <translation>停止任务并退出(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait for tasks, then quit</source>
        <translation>等待任务结束后退出(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Don&apos;t quit</source>
        <translation>不退出(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop tasks and quit: asks every task to stop and closes as soon as they have; a process job that does not stop within a few seconds is ended.
Wait for tasks, then quit: lets the tasks finish and closes then; until they have, you can still choose to quit now or not at all.
Don&apos;t quit: the window stays open and the tasks carry on.</source>
        <translation>停止任务并退出：请求每个任务停止，全部停止后立即关闭；几秒内仍未停止的进程作业将被终止。
等待任务结束后退出：让任务运行完毕后再关闭；在此之前，您仍可选择立即退出或不退出。
不退出：窗口保持打开，任务继续运行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (cancelling…)</source>
        <translation>{name}（正在取消…）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Failures not yet looked at</source>
        <translation>尚未查看的失败</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tas&amp;ks</source>
        <translation>任务(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi&amp;story</source>
        <translation>历史(&amp;S)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open job folder</source>
        <translation>打开作业文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Install job…</source>
        <translation>安装作业(&amp;I)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload jobs</source>
        <translation>重新加载作业(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run job</source>
        <translation>运行作业(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;selected</source>
        <translation>取消所选(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;all</source>
        <translation>全部取消(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear finished</source>
        <translation>清除已结束(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify when long tasks end</source>
        <translation>长任务结束时通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Always</source>
        <translation>总是(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when they &amp;fail</source>
        <translation>仅在失败时(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Never</source>
        <translation>从不(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About tasker-qt</source>
        <translation>关于 tasker-qt(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;Run job scripts in the background and watch them live.&lt;/p&gt;&lt;p&gt;Job folders:&lt;br&gt;{folders}&lt;/p&gt;</source>
        <translation>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;在后台运行作业脚本并实时查看。&lt;/p&gt;&lt;p&gt;作业文件夹：&lt;br&gt;{folders}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About tasker-qt</source>
        <translation>关于 tasker-qt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file manager could open the job folder. It is {folder}</source>
        <translation>没有文件管理器能打开作业文件夹。它位于 {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs are not recorded this time: {reason}</source>
        <translation>本次运行不会被记录：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quitting: no new jobs are started.</source>
        <translation>正在退出：不再启动新作业。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started {name}</source>
        <translation>已启动 {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started {name} (filters cleared to show it)</source>
        <translation>已启动 {name}（已清除筛选以显示它）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n failed since you last looked</source>
        <translation>
            <numerusform>自上次查看以来有 %n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Install job scripts</source>
        <translation>安装作业脚本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python job scripts (*.py)</source>
        <translation>Python 作业脚本 (*.py)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not installed: {reasons}</source>
        <translation>未安装：{reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed {names}.</source>
        <translation>已安装 {names}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide the job of the same name?</source>
        <translation>隐藏同名作业？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” already comes from {folder}.

Install yours anyway? The list will show yours, and the other “{name}” stays hidden while yours is installed.</source>
        <translation>名为“{name}”的作业已来自 {folder}。

仍要安装您的吗？列表将显示您的作业，只要您的作业已安装，另一个“{name}”就会保持隐藏。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace job?</source>
        <translation>替换作业？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” is already installed. Replace it with this file?</source>
        <translation>名为“{name}”的作业已安装。要用此文件替换它吗？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only .py job scripts can be dropped here</source>
        <translation>此处只能放入 .py 作业脚本</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tasks are still running</source>
        <translation>仍有任务在运行</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) are still running: {names}</source>
        <translation>
            <numerusform>仍有 %n 个任务在运行：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Quitting when %n task(s) have stopped: {names}</source>
        <translation>
            <numerusform>%n 个任务停止后退出：{names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit now</source>
        <translation>立即退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>不退出</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not quitting: the tasks carry on.</source>
        <translation>不退出：任务继续运行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping tasks and worker processes…</source>
        <translation>正在停止任务和工作进程…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../tasker_qt/app/notice_bar.py" line="+32"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../tasker_qt/app/notifier.py" line="+102"/>
        <source>{name} failed</source>
        <extracomment>how many tasks failed since the user last looked (cleared by ``seen()``)</extracomment>
        <translation>{name} 失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has ended</source>
        <translation>{name} 已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} after {duration}</source>
        <translation>{duration} 后{status}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>tasker-qt: %n task(s) running</source>
        <translation>
            <numerusform>tasker-qt：%n 个任务正在运行</numerusform>
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
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <location filename="../../tasker_qt/ui/task_filter.py" line="+39"/>
        <source>All tasks</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TaskDetailsView</name>
    <message>
        <location filename="../../tasker_qt/ui/details.py" line="+42"/>
        <location line="+79"/>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The job has logged nothing.</source>
        <translation>该作业没有记录任何日志。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}  ({kind} task {id})</source>
        <translation>{name}（{kind} 任务 {id}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created {created} · started {started} · finished {finished}</source>
        <translation>创建于 {created} · 开始于 {started} · 结束于 {finished}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>took {duration}</source>
        <translation>耗时 {duration}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running for {duration}</source>
        <translation>已运行 {duration}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still running.</source>
        <translation>仍在运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to start.</source>
        <translation>等待开始。</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="+59"/>
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async</source>
        <translation>异步</translation>
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
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TaskMonitorPanel</name>
    <message>
        <location filename="../../tasker_qt/ui/panel.py" line="+69"/>
        <source>Filter by name or message…</source>
        <translation>按名称或消息筛选…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the tasks whose name, message or error contains this text</source>
        <translation>仅显示名称、消息或错误包含此文本的任务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show tasks</source>
        <translation>显示任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which tasks the table shows, by status</source>
        <translation>表格按状态显示哪些任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Cancel selected</source>
        <translation>取消所选</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per task; Space or Return on a row&apos;s last cell cancels it, Delete cancels the selected tasks</source>
        <translation>每个任务一行；在某行最后一个单元格上按空格或回车可取消该任务，按 Delete 取消所选任务</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy error</source>
        <translation>复制错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="+109"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-15"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TaskStatusWidget</name>
    <message>
        <location filename="../../tasker_qt/ui/status_widget.py" line="+51"/>
        <source>No tasks running</source>
        <extracomment>the user clicked the widget</extracomment>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show the task monitor</source>
        <translation>点击显示任务监视器</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} overall</source>
        <translation>总计 {percent}</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="-74"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <comment>estimated time left</comment>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancel {name} (Space)</source>
        <translation>取消 {name}（空格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel {name}</source>
        <translation>取消 {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress for {seconds} s or more</source>
        <translation>已有 {seconds} 秒或更久没有进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {duration} left, done around {time}</source>
        <translation>大约还剩 {duration}，约 {time} 完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough progress yet to estimate</source>
        <translation>进度还不足以估算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress yet</source>
        <translation>尚无进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} done</source>
        <translation>已完成 {percent}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} — {kind} task {id} · {status}</source>
        <translation>{name} — {kind} 任务 {id} · {status}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-33"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../../tasker_qt/app/job_form.py" line="-365"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for {label}</source>
        <translation>浏览 {label}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
</TS>
