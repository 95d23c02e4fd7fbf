<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddItemDialog</name>
    <message>
        <source>新增问题</source>
        <translation>Add a problem</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，留空则按下一个节点倒排</source>
        <translation>YYYY-MM-DD; empty: counted back from the next milestone</translation>
    </message>
    <message>
        <source>学校(&amp;S)</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>问题(&amp;P)</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>责任单位(&amp;O)</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>整改期限(&amp;U)</source>
        <translation>D&amp;ue</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>检查数据</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <source>有必须改正的错误时不能导出。</source>
        <translation>The package cannot be exported while errors remain.</translation>
    </message>
    <message>
        <source>选中一项按回车（或双击），转到该数据项去改正。</source>
        <translation>Select an item and press Enter (or double-click) to go to the field and correct it.</translation>
    </message>
    <message>
        <source>“{field}”未能保存：{reason}</source>
        <translation>&apos;{field}&apos; could not be saved: {reason}</translation>
    </message>
    <message>
        <source>还有 {count} 处必须改正的问题，改正后才能导出：</source>
        <translation>{count} problem(s) must be corrected before the export:</translation>
    </message>
    <message>
        <source>没有必须改正的错误，可以导出。</source>
        <translation>No errors to correct: the data can be exported.</translation>
    </message>
</context>
<context>
    <name>CityView</name>
    <message>
        <source>县区与密钥</source>
        <translation>Counties and keys</translation>
    </message>
    <message>
        <source>导入分拣</source>
        <translation>Import triage</translation>
    </message>
    <message>
        <source>县区对比</source>
        <translation>Counties side by side</translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation>Problem ledger</translation>
    </message>
    <message>
        <source>{name} · 市级工作区 · 金昌义务教育优质均衡</source>
        <translation>{name} · City workspace · Jinchang balanced education</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>&lt;b&gt;整市结论：&lt;span style=&apos;color:{colour}&apos;&gt;{verdict}&lt;/span&gt;&lt;/b&gt;（每个县区都通过才算整市通过）&#x3000;{each}</source>
        <translation>&lt;b&gt;City verdict: &lt;span style=&apos;color:{colour}&apos;&gt;{verdict}&lt;/span&gt;&lt;/b&gt; (the city passes when every county passes)&#x3000;{each}</translation>
    </message>
    <message>
        <source>县区结论</source>
        <translation>County verdict</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>★ 一票否决项。双击某县区的一格，下方显示该县区的学校。</source>
        <translation>★ veto item. Double-click a county&apos;s cell to see its schools below.</translation>
    </message>
    <message>
        <source>{county}{section}：{compliant}/{schools} 所学校达标；超过差异系数上限 {limit} 的指标：{failing}</source>
        <translation>{county} {section}: {compliant}/{schools} schools meet the standard; indicators over the CV limit {limit}: {failing}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>县区的学校</source>
        <translation>The county&apos;s schools</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>county</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>ComplianceMatrix</name>
    <message>
        <source>按学校名称或标识码筛选…</source>
        <translation>Filter by school name or code…</translation>
    </message>
    <message>
        <source>只看未达标的学校</source>
        <translation>Only schools below the standard</translation>
    </message>
</context>
<context>
    <name>CountiesPage</name>
    <message>
        <source>{name} · 市级工作区 · 金昌义务教育优质均衡</source>
        <translation>{name} · City workspace · Jinchang balanced education</translation>
    </message>
    <message>
        <source>{name}（市级）</source>
        <translation>{name} (city)</translation>
    </message>
    <message>
        <source>县区代码</source>
        <translation>County code</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>county</translation>
    </message>
    <message>
        <source>密钥</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>最近的县区报告</source>
        <translation>Last county report</translation>
    </message>
    <message>
        <source>学校数</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>本市的县区：密钥是否已注册、最近交来的县区报告及其中的学校数。县区报告用“数据 → 导入数据包”（Ctrl+I）导入。</source>
        <translation>The city&apos;s counties: whether each key is enrolled, the last county report received and how many schools it carried. Import county reports with Data → Import packages (Ctrl+I).</translation>
    </message>
    <message>
        <source>还没有县区。先注册县区交来的密钥注册申请，再导入它们的县区报告。</source>
        <translation>No counties yet. Enrol the enrolment requests the counties bring, then import their county reports.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;市级工作区&lt;/h3&gt;&lt;p&gt;表中列出本市的县区：密钥状态、最近收到的县区报告和其中的学校数。&lt;/p&gt;&lt;p&gt;用“导入数据包”（Ctrl+I）选择 U 盘文件夹导入县区报告；导入可随时取消，已接收的部分会保存。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;City workspace&lt;/h3&gt;&lt;p&gt;The table lists the city&apos;s counties: the state of each key, the last county report received and how many schools it carried.&lt;/p&gt;&lt;p&gt;Use Import packages (Ctrl+I) and choose the USB stick&apos;s folder to import county reports; an import can be cancelled at any time, and what was accepted is kept.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CountyItemsPage</name>
    <message>
        <source>县域指标由县区填写：数值或“是/否”，并写明佐证材料。每次保存都记入日志；超出范围的值不会保存，原因显示在该项旁边。</source>
        <translation>The county fills in the county-wide items: a number or yes/no (是/否), with the evidence. Every save is logged; a value out of range is not saved, and the reason is shown beside the item.</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>县域指标</source>
        <translation>County-wide items</translation>
    </message>
    <message>
        <source>佐证说明</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>（小学）</source>
        <translation> (primary)</translation>
    </message>
    <message>
        <source>（初中）</source>
        <translation> (junior)</translation>
    </message>
    <message>
        <source>是 / 否</source>
        <translation>是 / 否 (yes / no)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>正在读取县域指标…</source>
        <translation>Reading the county-wide items…</translation>
    </message>
    <message>
        <source>【一票否决】</source>
        <translation>[veto] </translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>CountyView</name>
    <message>
        <source>学校与密钥</source>
        <translation>Schools and keys</translation>
    </message>
    <message>
        <source>导入分拣</source>
        <translation>Import triage</translation>
    </message>
    <message>
        <source>达标总览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>假设推演</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>投入方案</source>
        <translation>Investment plan</translation>
    </message>
    <message>
        <source>县域指标</source>
        <translation>County-wide items</translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation>Problem ledger</translation>
    </message>
    <message>
        <source>督学核查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>{name} · 县区工作区 · 金昌义务教育优质均衡</source>
        <translation>{name} · County workspace · Jinchang balanced education</translation>
    </message>
</context>
<context>
    <name>CvPanel</name>
    <message>
        <source>本学段没有参评学校。</source>
        <translation>No school of this section is assessed.</translation>
    </message>
    <message>
        <source>差异系数</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>上限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>全县值</source>
        <translation>County value</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>不超过上限</source>
        <translation>within the limit</translation>
    </message>
    <message>
        <source>超过上限</source>
        <translation>over the limit</translation>
    </message>
    <message>
        <source>{section}：{passed}/{total} 项差异系数不超过 {limit}；{compliant}/{schools} 所学校达到校际标准；全县 {students} 名学生。</source>
        <translation>{section}: {passed}/{total} CVs within {limit}; {compliant}/{schools} schools meet the per-school rule; {students} students in the county.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>检查项</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>✓ 符合</source>
        <translation>✓ meets</translation>
    </message>
    <message>
        <source>✗ 不符合</source>
        <translation>✗ does not meet</translation>
    </message>
    <message>
        <source>？ 未填写</source>
        <translation>? not entered</translation>
    </message>
    <message>
        <source>学年</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>学校申报值</source>
        <translation>As the schools declared</translation>
    </message>
    <message>
        <source>督学核实值（有核实的用核实值）</source>
        <translation>As inspectors verified (verified where found)</translation>
    </message>
    <message>
        <source>达标矩阵</source>
        <translation>Compliance matrix</translation>
    </message>
    <message>
        <source>对差异系数的贡献</source>
        <translation>Share of each CV</translation>
    </message>
    <message>
        <source>政府保障（逐校）</source>
        <translation>Government guarantee (per school)</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>每所学校占各指标 Σ(Pᵢ/P)(Xᵢ−X̄)² 的比例：占比大的学校最先改善</source>
        <translation>Each school&apos;s share of Σ(Pᵢ/P)(Xᵢ−X̄)² per indicator: improve the largest shares first</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>导出到 U 盘</source>
        <translation>Export to a USB stick</translation>
    </message>
    <message>
        <source>选择保存数据包的文件夹（通常是 U 盘）。导出后程序会读回并校验文件，同时在旁边保存一页存档联（PDF）。</source>
        <translation>Choose the folder for the package (usually a USB stick). After writing it the program reads the file back and verifies it, and saves a one-page filing copy (PDF) beside it.</translation>
    </message>
    <message>
        <source>文件夹(&amp;O)：</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>将写入：{file}
存档联：同名 .pdf</source>
        <translation>Will write: {file}
Filing copy: the same name, .pdf</translation>
    </message>
    <message>
        <source>选择 U 盘或文件夹</source>
        <translation>Choose the USB stick or a folder</translation>
    </message>
    <message>
        <source>文件夹不存在（U 盘是否已插好？）：{folder}</source>
        <translation>The folder does not exist (is the USB stick in?): {folder}</translation>
    </message>
    <message>
        <source>正在写入、读回并校验数据包…</source>
        <translation>Writing, reading back and verifying the package…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>注册密钥</source>
        <translation>Enrol a key</translation>
    </message>
    <message>
        <source>请学校通过电话读出本机密钥指纹，逐字输入下面。指纹一致才会注册；不一致说明申请文件可能被调换，不会注册。</source>
        <translation>Ask the school to read out its key fingerprint over the phone and type it below. The key is enrolled only if the fingerprints match; a mismatch means the request file may have been swapped, and nothing is enrolled.</translation>
    </message>
    <message>
        <source>申请文件</source>
        <translation>Request file</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>school</translation>
    </message>
    <message>
        <source>所属县区</source>
        <translation>County</translation>
    </message>
    <message>
        <source>电话核对的指纹</source>
        <translation>Fingerprint read over the phone</translation>
    </message>
    <message>
        <source>留空：沿用申请中的标识码</source>
        <translation>Empty: keep the code in the request</translation>
    </message>
    <message>
        <source>正式标识码</source>
        <translation>Official code</translation>
    </message>
    <message>
        <source>注册</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>磁盘已满，数据未能写入。请删除不需要的文件腾出空间后重试。</source>
        <translation>The disk is full; the data was not written. Delete files you do not need to make room, then try again.</translation>
    </message>
    <message>
        <source>工作区文件夹是只读的，数据未能写入。请检查文件夹权限或存储介质。</source>
        <translation>The workspace folder is read-only; the data was not written. Check the folder&apos;s permissions or the medium.</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用，数据未能写入。请关闭其他程序后重试。</source>
        <translation>Another program is using the database; the data was not written. Close the other program and try again.</translation>
    </message>
    <message>
        <source>读写磁盘出错，数据未能写入。请检查磁盘或 U 盘后重试。</source>
        <translation>A disk read or write failed; the data was not written. Check the disk or USB stick and try again.</translation>
    </message>
    <message>
        <source>数据库出错（{detail}），数据未能写入。</source>
        <translation>Database error ({detail}); the data was not written.</translation>
    </message>
    <message>
        <source>文件操作失败（{detail}）：{where}</source>
        <translation>A file operation failed ({detail}): {where}</translation>
    </message>
    <message>
        <source>发生意外错误：{detail}</source>
        <translation>An unexpected error occurred: {detail}</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <source>说明提示</source>
        <translation>Explain the warnings</translation>
    </message>
    <message>
        <source>以下数值允许上报，但看起来不寻常。请逐项写明原因，说明会随数据包交给县区。</source>
        <translation>These figures may be reported but look unusual. Write the reason for each; the explanations travel with the package to the county.</translation>
    </message>
    <message>
        <source>写明原因，例如：今年新购仪器设备 60 万元</source>
        <translation>Give the reason, e.g. new lab equipment worth 600,000 yuan this year</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>导出数据包</source>
        <translation>Export the package</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>首次使用 · 金昌义务教育优质均衡</source>
        <translation>First run · Jinchang compulsory-education balance</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>创建工作区(&amp;C)</source>
        <translation>&amp;Create workspace</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GaugePanel</name>
    <message>
        <source>资源配置达标情况（随输入即时更新）</source>
        <translation>Resource allocation against the standard (updates as you type)</translation>
    </message>
    <message>
        <source>本校政府保障与质量检查</source>
        <translation>This school&apos;s guarantee and quality checks</translation>
    </message>
    <message>
        <source>本校不参加资源配置评估：{why}</source>
        <translation>This school is not assessed on resource allocation: {why}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>使用帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;h3&gt;所有工作区&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;“文件 → 打开工作区”（Ctrl+O）打开另一个工作区文件夹；“最近的工作区”列出打开过的。&lt;/li&gt;&lt;li&gt;“文件 → 界面语言”在中文和英文之间切换。&lt;/li&gt;&lt;li&gt;数据包经 U 盘逐级报送：学校 → 县区 → 市级。每个数据包都有本机密钥的签名，上级凭电话核对过的密钥指纹接收。&lt;/li&gt;&lt;li&gt;“数据 → 发送记录”列出本机导出过的数据包：何时、写到哪里。&lt;/li&gt;&lt;li&gt;较长的工作（导入、导出）显示进度；能取消的，取消后会说明已保存了什么。&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Every workspace&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;File → Open workspace (Ctrl+O) opens another workspace folder; Recent workspaces lists those opened before.&lt;/li&gt;&lt;li&gt;File → Language switches between Chinese and English.&lt;/li&gt;&lt;li&gt;Packages travel up on a USB stick: school → county → city. Every package is signed with this PC&apos;s key, and the level above accepts it by the key fingerprint checked over the phone.&lt;/li&gt;&lt;li&gt;Data → Sent packages lists the packages this PC wrote: when, and where to.&lt;/li&gt;&lt;li&gt;Longer work (import, export) shows its progress; work that can be cancelled says afterwards what was kept.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HolderListView</name>
    <message>
        <source>已注册</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>已吊销</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>未注册</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>尚未收到</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>第 {sequence} 版 · {time}</source>
        <translation>version {sequence} · {time}</translation>
    </message>
    <message>
        <source>代码 {code} · 学年 {year} · 本机密钥指纹 {fingerprint}</source>
        <translation>Code {code} · school year {year} · this PC&apos;s key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>选择数据包所在的文件夹（U 盘）</source>
        <translation>Choose the folder holding the packages (USB stick)</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation>Importing packages…</translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation>Import packages</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>填写本单位的信息。工作区保存本机的全部数据和签名密钥。</source>
        <translation>Who you are. The workspace keeps all of this PC&apos;s data and its signing key.</translation>
    </message>
    <message>
        <source>标识码(&amp;D)：</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>学校标识码为 10 位数字。还没有正式标识码时可先填临时代码，导入县区名册后自动改为正式标识码。</source>
        <translation>A school code has 10 digits. Without an official code yet, enter a provisional one: the county&apos;s roster replaces it with the official code when it is imported.</translation>
    </message>
    <message>
        <source>名称(&amp;M)：</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>学校类型(&amp;T)：</source>
        <translation>School &amp;type:</translation>
    </message>
    <message>
        <source>所属县区(&amp;U)：</source>
        <translation>Co&amp;unty:</translation>
    </message>
    <message>
        <source>学年(&amp;Y)：</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <source>工作区位置：</source>
        <translation>Workspace folder:</translation>
    </message>
    <message>
        <source>学校标识码(&amp;D)：</source>
        <translation>School co&amp;de:</translation>
    </message>
    <message>
        <source>县区代码(&amp;D)：</source>
        <translation>County co&amp;de:</translation>
    </message>
    <message>
        <source>市代码(&amp;D)：</source>
        <translation>City co&amp;de:</translation>
    </message>
    <message>
        <source>督学编号(&amp;D)：</source>
        <translation>Inspector I&amp;D:</translation>
    </message>
    <message>
        <source>正在创建工作区和签名密钥…</source>
        <translation>Creating the workspace and its signing key…</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>督学交回的核查结果：核实值单独保存，不会覆盖学校申报的数据。评估时可选择按申报值或按核实值（assess --layer verified）。</source>
        <translation>Inspectors&apos; findings: verified values are kept apart and never overwrite what the schools declared. An assessment can use the declared or the verified values (assess --layer verified).</translation>
    </message>
    <message>
        <source>只看超出容差的数据项</source>
        <translation>Only fields beyond the tolerance</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>申报值</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>核实值</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>核实÷申报</source>
        <translation>Verified ÷ declared</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>督学 · 核查时间</source>
        <translation>Inspector · visited</translation>
    </message>
    <message>
        <source>勾选要核查的学校，导出签名的核查包交给督学：</source>
        <translation>Tick the schools to visit and export a signed inspection pack for the inspector:</translation>
    </message>
    <message>
        <source>导出核查包(&amp;K)…</source>
        <translation>Export inspection pac&amp;k…</translation>
    </message>
    <message>
        <source>还没有导入督学的核查结果。督学交来的核查结果用“导入数据包”导入。</source>
        <translation>No inspector&apos;s findings imported yet. Import the findings an inspector brings with Import packages.</translation>
    </message>
    <message>
        <source>导出核查包</source>
        <translation>Export inspection pack</translation>
    </message>
    <message>
        <source>数据包 (*.jcpkg)</source>
        <translation>Packages (*.jcpkg)</translation>
    </message>
    <message>
        <source>正在导出核查包…</source>
        <translation>Exporting the inspection pack…</translation>
    </message>
    <message>
        <source>已写出并校验签名的核查包：{path}</source>
        <translation>Inspection pack written and its signature verified: {path}</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>打开数据包文件夹(&amp;O)</source>
        <translation>&amp;Open the packs folder</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>{name} · 督学工作区 · 金昌义务教育优质均衡</source>
        <translation>{name} · Inspector workspace · Jinchang balanced education</translation>
    </message>
    <message>
        <source>&lt;h3&gt;督学工作区&lt;/h3&gt;&lt;p&gt;用“打开核查包”（Ctrl+I）打开县区签发的核查包：签名须是从县区名册固定的密钥。左侧按风险排列学校，并说明为什么先查；右侧逐项录入核实值（Tab 移到下一格，回车保存该项），核实值与申报值相差超过容差时标出，每项可写说明、添加附件，保障项目逐项标记。每项录入即保存，断电不丢失。核查完毕用“导出核查结果”（Ctrl+E）写出签名的核查结果，交回县区。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inspector&apos;s workspace&lt;/h3&gt;&lt;p&gt;Open the county&apos;s signed inspection pack with Open inspection pack (Ctrl+I): it must be signed by the county key pinned from the county&apos;s roster. On the left the schools are ranked by risk, with why each comes first; on the right type the verified value of each field (Tab moves to the next cell, Enter saves the field). A verified value that differs from the declared one by more than the tolerance is flagged; each field can have a note and attachments, and the guarantee items are marked one by one. Every entry is saved at once and survives a power cut. When done, Export findings (Ctrl+E) writes the signed findings to take back to the county.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>排序规则：</source>
        <translation>Ranking rule: </translation>
    </message>
    <message>
        <source>打开核查包</source>
        <translation>Open inspection pack</translation>
    </message>
    <message>
        <source>数据包 (*.jcpkg)</source>
        <translation>Packages (*.jcpkg)</translation>
    </message>
    <message>
        <source>正在打开核查包…</source>
        <translation>Opening the inspection pack…</translation>
    </message>
    <message>
        <source>导出核查结果</source>
        <translation>Export findings</translation>
    </message>
    <message>
        <source>正在导出核查结果…</source>
        <translation>Exporting the findings…</translation>
    </message>
    <message>
        <source>已写出并校验签名的核查结果：{path}
序号 {sequence}，SHA-256 {sha}</source>
        <translation>Findings written and their signature verified: {path}
sequence {sequence}, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>督学编号 {code} · 学年 {year} · 工作区 {path}
本机密钥指纹（供县区注册时电话核对）：</source>
        <translation>Inspector code {code} · school year {year} · workspace {path}
This PC&apos;s key fingerprint (read it to the county when it enrols you):</translation>
    </message>
    <message>
        <source>还没有打开核查包。请用“打开核查包”选择县区签发的核查包（*.jcpkg）；先导入县区名册，核对县区密钥指纹。</source>
        <translation>No inspection pack opened yet. Use Open inspection pack to choose the county&apos;s signed pack (*.jcpkg); import the county&apos;s roster first and check the county key&apos;s fingerprint.</translation>
    </message>
    <message>
        <source>打开核查包(&amp;O)…</source>
        <translation>&amp;Open inspection pack…</translation>
    </message>
    <message>
        <source>导出核查结果(&amp;E)…</source>
        <translation>&amp;Export findings…</translation>
    </message>
    <message>
        <source>学校（按风险从高到低）</source>
        <translation>Schools (highest risk first)</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>风险分</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>为什么先查</source>
        <translation>Why check first</translation>
    </message>
    <message>
        <source>{name}（督学）</source>
        <translation>{name} (inspector)</translation>
    </message>
    <message>
        <source>数据包文件夹：{folder}</source>
        <translation>Packs folder: {folder}</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在停止…（已保存的部分会保留）</source>
        <translation>Stopping… (what was saved is kept)</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>本机密钥与注册申请</source>
        <translation>This PC&apos;s key and the enrolment request</translation>
    </message>
    <message>
        <source>本机已生成签名密钥。县区注册这把密钥后，才会接收本机导出的数据包。</source>
        <translation>This PC now has a signing key. The county accepts this PC&apos;s packages once it has enrolled the key.</translation>
    </message>
    <message>
        <source>密钥指纹（县区会电话核对这串字符）：</source>
        <translation>Key fingerprint (the county checks it with you over the phone):</translation>
    </message>
    <message>
        <source>把注册申请导出到 U 盘交给县区，并电话告知上面的指纹。</source>
        <translation>Export the enrolment request to a USB stick for the county, and read them the fingerprint above by phone.</translation>
    </message>
    <message>
        <source>保存到文件夹(&amp;O)：</source>
        <translation>Save to f&amp;older:</translation>
    </message>
    <message>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>导出注册申请(&amp;E)</source>
        <translation>&amp;Export enrolment request</translation>
    </message>
    <message>
        <source>本角色不需要向上级注册密钥；校验数据包时会显示这串指纹。</source>
        <translation>This role does not enrol its key with a level above; verifying a package shows this fingerprint.</translation>
    </message>
    <message>
        <source>选择保存注册申请的文件夹（U 盘）</source>
        <translation>Choose the folder (USB stick) for the enrolment request</translation>
    </message>
    <message>
        <source>文件夹不存在（U 盘是否已插好？）：{folder}</source>
        <translation>The folder does not exist (is the USB stick in?): {folder}</translation>
    </message>
    <message>
        <source>正在导出注册申请…</source>
        <translation>Exporting the enrolment request…</translation>
    </message>
    <message>
        <source>已导出并校验注册申请：{path}
请把它交给县区，并电话告知上面的指纹。县区注册后会发来名册，届时从“数据”菜单导入。</source>
        <translation>Enrolment request written and verified: {path}
Hand it to the county and read them the fingerprint above. Once enrolled, the county sends a roster: import it from the Data menu.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>zh</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>无法打开工作区</source>
        <translation>The workspace cannot be opened</translation>
    </message>
</context>
<context>
    <name>LedgerCounts</name>
    <message>
        <source>未整改 {open:+d} · 可销号 {ready:+d} · 已销号 {closed:+d} · 逾期 {overdue:+d}</source>
        <translation>open {open:+d} · ready {ready:+d} · closed {closed:+d} · overdue {overdue:+d}</translation>
    </message>
    <message>
        <source>本评估标准没有验收节点，整改期限可任意设定。</source>
        <translation>This standard has no inspection milestone: any deadline may be set.</translation>
    </message>
    <message>
        <source>{name}（{date}）已过 {days} 天</source>
        <translation>{name} ({date}) passed {days} days ago</translation>
    </message>
    <message>
        <source>距{name}（{date}）还有 {days} 天</source>
        <translation>{days} days to the {name} ({date})</translation>
    </message>
    <message>
        <source>未整改 {open} · 可销号 {ready} · 已销号 {closed} · 逾期 {overdue}</source>
        <translation>open {open} · ready {ready} · closed {closed} · overdue {overdue}</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>✗ 未整改</source>
        <translation>✗ open</translation>
    </message>
    <message>
        <source>◎ 可销号</source>
        <translation>◎ ready to close</translation>
    </message>
    <message>
        <source>✓ 已销号</source>
        <translation>✓ closed</translation>
    </message>
    <message>
        <source>小学</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>初中</source>
        <translation>junior</translation>
    </message>
    <message>
        <source>⚠ 逾期</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>差距</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>（全县）</source>
        <translation>(county-wide)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Problem list</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>分项统计范围(&amp;R)</source>
        <translation>B&amp;reakdown for</translation>
    </message>
    <message>
        <source>正在读取各县区的问题台账…</source>
        <translation>Reading the counties&apos; ledgers…</translation>
    </message>
    <message>
        <source>全市：</source>
        <translation>City: </translation>
    </message>
    <message>
        <source>（首次报送）</source>
        <translation>(first report)</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County</translation>
    </message>
    <message>
        <source>报送序号</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>未整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>可销号</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>较上次报送</source>
        <translation>Since the previous report</translation>
    </message>
    <message>
        <source>较第 {sequence} 次（{as_of}）：</source>
        <translation>Since report {sequence} ({as_of}): </translation>
    </message>
    <message>
        <source>此前没有报送</source>
        <translation>No earlier report</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>人工新增</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>未指定责任单位</source>
        <translation>No owner set</translation>
    </message>
    <message>
        <source>导出问题台账</source>
        <translation>Export the problem ledger</translation>
    </message>
    <message>
        <source>✓ 问题台账已导出：{path}（{sheets} 张工作表）</source>
        <translation>✓ Ledger exported: {path} ({sheets} sheets)</translation>
    </message>
    <message>
        <source>正在导出问题台账…</source>
        <translation>Exporting the problem ledger…</translation>
    </message>
    <message>
        <source>新增问题…</source>
        <translation>Add a problem…</translation>
    </message>
    <message>
        <source>一校一策</source>
        <translation>One plan per school</translation>
    </message>
    <message>
        <source>学校(&amp;S)</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>指标(&amp;I)</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>责任单位(&amp;O)</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>状态(&amp;T)</source>
        <translation>Sta&amp;tus</translation>
    </message>
    <message>
        <source>县区(&amp;C)</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>问题详情</source>
        <translation>The item</translation>
    </message>
    <message>
        <source>整改计划与销号</source>
        <translation>Plan and closing</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>保存计划</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>销号说明(&amp;N)</source>
        <translation>Closing &amp;note</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close the item</translation>
    </message>
    <message>
        <source>正在读取问题台账…</source>
        <translation>Reading the problem ledger…</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>在表中选择一项，查看并填写整改计划。</source>
        <translation>Choose an item in the table to see and plan it.</translation>
    </message>
    <message>
        <source>第 {id} 项 · {status}{overdue}
{text}</source>
        <translation>Item {id} · {status}{overdue}
{text}</translation>
    </message>
    <message>
        <source> · ⚠ 逾期</source>
        <translation> · ⚠ overdue</translation>
    </message>
    <message>
        <source>责任单位：{owner}
整改期限：{due}
整改措施：{measures}</source>
        <translation>Owner: {owner}
Due: {due}
Measures: {measures}</translation>
    </message>
    <message>
        <source>销号说明：{note}</source>
        <translation>Closing note: {note}</translation>
    </message>
    <message>
        <source>计划没有改动。</source>
        <translation>The plan is unchanged.</translation>
    </message>
    <message>
        <source>第 {id} 项的整改计划已保存。</source>
        <translation>The plan of item {id} is saved.</translation>
    </message>
    <message>
        <source>第 {id} 项已销号。</source>
        <translation>Item {id} is closed.</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>预计费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>最近期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>没有需要整改的学校。</source>
        <translation>No school has anything to fix.</translation>
    </message>
    <message>
        <source>一校一策：{school} · {counts} · 预计费用 {cost:,.0f} 元 · 最近期限 {due}</source>
        <translation>Plan for {school} · {counts} · cost {cost:,.0f} yuan · next deadline {due}</translation>
    </message>
    <message>
        <source> ⚠ 逾期</source>
        <translation> ⚠ overdue</translation>
    </message>
    <message>
        <source>问题台账已导出：{path}（{sheets} 张工作表）</source>
        <translation>Ledger exported: {path} ({sheets} sheets)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>The operation failed</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>发送记录</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>本机导出过的数据包：何时、写到哪里。“文件现状”显示该文件现在是否还在原处（U 盘拔出后显示“已不在”）。</source>
        <translation>The packages this PC has exported: when and where to. &apos;File&apos; says whether the file is still there (a removed USB stick shows &apos;gone&apos;).</translation>
    </message>
    <message>
        <source>还没有导出过数据包。</source>
        <translation>No package has been exported yet.</translation>
    </message>
    <message>
        <source>学校数据包</source>
        <translation>School report</translation>
    </message>
    <message>
        <source>注册申请</source>
        <translation>Enrolment request</translation>
    </message>
    <message>
        <source>县区报告</source>
        <translation>County report</translation>
    </message>
    <message>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>写入位置</source>
        <translation>Written to</translation>
    </message>
    <message>
        <source>文件现状</source>
        <translation>File</translation>
    </message>
    <message>
        <source>在原处</source>
        <translation>present</translation>
    </message>
    <message>
        <source>已不在</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>数据包指纹（SHA-256 前 16 位）</source>
        <translation>Package fingerprint (first 16 of SHA-256)</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <source>待处理事项</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <source>学校数据包中要求变更的身份信息（接收后才改名册）：</source>
        <translation>Identity changes asked for in schools&apos; packages (the roster changes only when accepted):</translation>
    </message>
    <message>
        <source>接受变更</source>
        <translation>Accept the change</translation>
    </message>
    <message>
        <source>不接受</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>版本冲突而搁置的数据包（选用搁置的，或保留已接收的）：</source>
        <translation>Packages held as conflicting versions (take the held one, or keep the accepted one):</translation>
    </message>
    <message>
        <source>选用搁置的数据包</source>
        <translation>Take the held package</translation>
    </message>
    <message>
        <source>保留已接收的</source>
        <translation>Keep the accepted one</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（没有待处理的）</source>
        <translation>(nothing waiting)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>数据已更新，请重新计算方案。</source>
        <translation>The data changed; calculate the plan again.</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit cost (yuan)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>每{unit}</source>
        <translation>per {unit}</translation>
    </message>
    <message>
        <source>单价表</source>
        <translation>the unit cost table</translation>
    </message>
    <message>
        <source>正在计算投入方案…</source>
        <translation>Calculating the investment plan…</translation>
    </message>
    <message>
        <source>已取消，没有得出方案。</source>
        <translation>Cancelled; no plan was made.</translation>
    </message>
    <message>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>增加</source>
        <translation>Additions</translation>
    </message>
    <message>
        <source>费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>按此方案全县通过（已由评估引擎核验）</source>
        <translation>With this plan the county passes (verified by the assessment engine)</translation>
    </message>
    <message>
        <source>按此方案全县仍不能通过</source>
        <translation>With this plan the county still does not pass</translation>
    </message>
    <message>
        <source>{verdict}。共 {schools} 所学校需要增加，总费用 {total} 元；下界 {bound} 元，距下界不超过 {gap}%。</source>
        <translation>{verdict}. {schools} schools need additions, total cost {total} yuan; lower bound {bound} yuan, at most {gap}% above it.</translation>
    </message>
    <message>
        <source>没有方案能通过的限制：</source>
        <translation>Limits no plan can meet: </translation>
    </message>
    <message>
        <source>上限 {limit}</source>
        <translation>Limit {limit}</translation>
    </message>
    <message>
        <source>单价（规划假设，可修改）</source>
        <translation>Unit costs (planning assumptions, editable)</translation>
    </message>
    <message>
        <source>默认单价是 2025 年甘肃县级项目的估算，不是评估标准的要求；鼠标停在单价上可看依据。</source>
        <translation>The default costs are estimates from 2025 county projects in Gansu, not rules of the standard; hover over a cost to see its basis.</translation>
    </message>
    <message>
        <source>恢复默认单价</source>
        <translation>Restore default costs</translation>
    </message>
    <message>
        <source>计算投入方案</source>
        <translation>Calculate the plan</translation>
    </message>
    <message>
        <source>方案后的差异系数（评估引擎按方案后的数据计算）</source>
        <translation>CVs after the plan (computed by the assessment engine on the planned figures)</translation>
    </message>
    <message>
        <source>按所列单价，计算使每所学校和每项差异系数都达标的最少投入。</source>
        <translation>At the listed unit costs, calculate the least investment that makes every school and every CV pass.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>评估标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>选择本工作区按哪套标准评估。县区发来名册后，以名册中的标准为准。</source>
        <translation>Choose the standard this workspace is judged by. Once the county&apos;s roster arrives, its standard applies.</translation>
    </message>
    <message>
        <source>金昌市方案（金政办发〔2025〕20号）(&amp;J)</source>
        <translation>&amp;Jinchang plan (金政办发〔2025〕20号)</translation>
    </message>
    <message>
        <source>国家标准（教督〔2017〕6号）(&amp;G)</source>
        <translation>N&amp;ational standard (教督〔2017〕6号)</translation>
    </message>
    <message>
        <source>导入县区名册(&amp;R)：已有县区发来的名册文件时选此项</source>
        <translation>Import the county&apos;s &amp;roster: choose this when you have its roster file</translation>
    </message>
    <message>
        <source>名册文件（.jcpkg）</source>
        <translation>Roster file (.jcpkg)</translation>
    </message>
    <message>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>县区密钥指纹（电话核对）</source>
        <translation>County key fingerprint (read over the phone)</translation>
    </message>
    <message>
        <source>第一次导入名册时，输入县区在电话中读出的密钥指纹（XXXX-XXXX-XXXX-XXXX），与名册的签名密钥核对一致才导入</source>
        <translation>For the first roster, type the key fingerprint the county read to you over the phone (XXXX-XXXX-XXXX-XXXX); the roster is imported only when its signing key matches</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>名册由县区签发，带有本校的正式标识码和全县统一的评估标准。第一次使用时通常还没有名册：请先选择标准，导出注册申请交县区；收到名册后从“数据”菜单导入。</source>
        <translation>The county signs the roster; it carries the school&apos;s official code and the county&apos;s standard. On first use there is usually no roster yet: choose a standard, export the enrolment request for the county, and import the roster from the Data menu when it comes.</translation>
    </message>
    <message>
        <source>选择县区名册</source>
        <translation>Choose the county&apos;s roster</translation>
    </message>
    <message>
        <source>数据包 (*.jcpkg)</source>
        <translation>Packages (*.jcpkg)</translation>
    </message>
    <message>
        <source>正在导入名册…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <source>已导入名册：标识码 {code}，评估标准按名册执行（{profile}）。</source>
        <translation>Roster imported: code {code}; the roster&apos;s standard applies ({profile}).</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>导出完成</source>
        <translation>Export done</translation>
    </message>
    <message>
        <source>数据包已写入、读回并校验无误，已记入发送记录。</source>
        <translation>The package was written, read back and verified, and recorded in the outbox.</translation>
    </message>
    <message>
        <source>数据包：</source>
        <translation>Package:</translation>
    </message>
    <message>
        <source>序号：</source>
        <translation>Sequence:</translation>
    </message>
    <message>
        <source>数据包指纹（SHA-256）：</source>
        <translation>Package fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>密钥指纹：</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>存档联：</source>
        <translation>Filing copy:</translation>
    </message>
    <message>
        <source>请把 U 盘交给县区；存档联打印后由填报人和校长签字存档。</source>
        <translation>Hand the USB stick to the county; print the filing copy, have it signed by the clerk and the head, and file it.</translation>
    </message>
    <message>
        <source>未能保存存档联：{reason}</source>
        <translation>The filing copy could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>吊销密钥</source>
        <translation>Revoke a key</translation>
    </message>
    <message>
        <source>吊销“{holder}”的密钥后，不再接收它签名的数据包；已接收的数据不变。</source>
        <translation>Once the key of &apos;{holder}&apos; is revoked, packages it signs are no longer accepted; what was accepted stays.</translation>
    </message>
    <message>
        <source>原因（如：电脑丢失、更换填报人员）</source>
        <translation>Reason (e.g. PC lost, new clerk)</translation>
    </message>
    <message>
        <source>吊销</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>欢迎使用</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>这台电脑由谁使用？请选择角色（用方向键选择，回车进入下一步）。</source>
        <translation>Who uses this PC? Choose the role (arrow keys to choose, Enter to go on).</translation>
    </message>
    <message>
        <source>学校(&amp;S)</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>填报本校数据，随时看到与标准的差距，导出签名数据包交县区。</source>
        <translation>Enter the school&apos;s figures, see the gap to the standard as you type, export a signed package for the county.</translation>
    </message>
    <message>
        <source>县区(&amp;C)</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <source>注册本县学校的密钥，导入学校数据包，评估全县，导出县区报告。</source>
        <translation>Enrol the keys of the county&apos;s schools, import their packages, assess the county, export the county report.</translation>
    </message>
    <message>
        <source>市级(&amp;T)</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <source>注册各县区的密钥，导入县区报告，评估全市。</source>
        <translation>Enrol the counties&apos; keys, import their reports, assess the city.</translation>
    </message>
    <message>
        <source>督学(&amp;I)</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>校验数据包，查阅评估结果。</source>
        <translation>Verify packages and read the assessments.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>{name} · 县区工作区 · 金昌义务教育优质均衡</source>
        <translation>{name} · County workspace · Jinchang balanced education</translation>
    </message>
    <message>
        <source>{name}（县区）</source>
        <translation>{name} (county)</translation>
    </message>
    <message>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>school</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>密钥</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>最近的数据包</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>待注册（有数据包等候）</source>
        <translation>not enrolled (packages waiting)</translation>
    </message>
    <message>
        <source>本县的学校：密钥是否已注册、最近交来的数据包和按本县评估标准的结论。学校交来的数据包用“数据 → 导入数据包”（Ctrl+I）导入。</source>
        <translation>The county&apos;s schools: whether each key is enrolled, the last package received and the verdict under the county&apos;s standard. Import the schools&apos; packages with Data → Import packages (Ctrl+I).</translation>
    </message>
    <message>
        <source>还没有学校。先注册学校交来的密钥注册申请，再导入它们的数据包。</source>
        <translation>No schools yet. Enrol the enrolment requests the schools bring, then import their packages.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;县区工作区&lt;/h3&gt;&lt;p&gt;表中列出本县的学校：密钥状态、最近收到的数据包、按本县评估标准得出的结论。&lt;/p&gt;&lt;p&gt;学校把数据包写在 U 盘上交来：用“导入数据包”（Ctrl+I）选择 U 盘文件夹。导入可随时取消，取消前已接收的数据包会保存，再次导入即可继续。暂缓或拒收的文件复制到工作区的隔离区，附原因说明。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;County workspace&lt;/h3&gt;&lt;p&gt;The table lists the county&apos;s schools: the state of each key, the last package received, and the verdict under the county&apos;s standard.&lt;/p&gt;&lt;p&gt;Schools bring their packages on a USB stick: use Import packages (Ctrl+I) and choose the stick&apos;s folder. An import can be cancelled at any time; packages accepted before the cancel are kept, and importing again goes on. Held or refused files are copied to the workspace&apos;s quarantine with their reasons.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>从学校表载入…</source>
        <translation>Load from a school table…</translation>
    </message>
    <message>
        <source>注册密钥…</source>
        <translation>Enrol a key…</translation>
    </message>
    <message>
        <source>吊销所选学校的密钥…</source>
        <translation>Revoke the selected school&apos;s key…</translation>
    </message>
    <message>
        <source>导出签名名册…</source>
        <translation>Export the signed roster…</translation>
    </message>
    <message>
        <source>待处理事项（{n}）…</source>
        <translation>Waiting for a decision ({n})…</translation>
    </message>
    <message>
        <source>学校与密钥</source>
        <translation>Schools and keys</translation>
    </message>
    <message>
        <source>选择学校表</source>
        <translation>Choose a school table</translation>
    </message>
    <message>
        <source>正在载入学校表…</source>
        <translation>Loading the school table…</translation>
    </message>
    <message>
        <source>已载入 {n} 所学校（{changed} 项数据有变化）。</source>
        <translation>{n} schools loaded ({changed} values changed).</translation>
    </message>
    <message>
        <source>选择注册申请文件</source>
        <translation>Choose an enrolment request</translation>
    </message>
    <message>
        <source>正在注册密钥…</source>
        <translation>Enrolling the key…</translation>
    </message>
    <message>
        <source>已注册“{code} {name}”的密钥。</source>
        <translation>The key of &apos;{code} {name}&apos; is enrolled.</translation>
    </message>
    <message>
        <source>更换密钥</source>
        <translation>Replace the key</translation>
    </message>
    <message>
        <source>确认学校换了电脑或重装了系统，用新密钥替换旧密钥？旧密钥将被吊销。</source>
        <translation>Has the school really got a new PC or reinstalled its system? Replace the old key with the new one? The old key will be revoked.</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>不替换</source>
        <translation>Do not replace</translation>
    </message>
    <message>
        <source>吊销密钥</source>
        <translation>Revoke a key</translation>
    </message>
    <message>
        <source>请先在表中选择一所有在用密钥的学校。</source>
        <translation>First select a school with a key in force in the table.</translation>
    </message>
    <message>
        <source>正在吊销密钥…</source>
        <translation>Revoking the key…</translation>
    </message>
    <message>
        <source>已吊销“{code}”的密钥。</source>
        <translation>The key of &apos;{code}&apos; is revoked.</translation>
    </message>
    <message>
        <source>导出签名名册</source>
        <translation>Export the signed roster</translation>
    </message>
    <message>
        <source>名册已写入 {path}</source>
        <translation>The roster was written to {path}</translation>
    </message>
    <message>
        <source>正在导出名册…</source>
        <translation>Exporting the roster…</translation>
    </message>
    <message>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>把未能保存的数值再写入一次</source>
        <translation>Write the figures that could not be saved once more</translation>
    </message>
    <message>
        <source>重试保存(&amp;S)</source>
        <translation>Retry &amp;saving</translation>
    </message>
    <message>
        <source>有 {count} 项数值未能保存：{reason} 您输入的数值仍显示在界面上，不会丢失；问题解决后请点“重试保存”。</source>
        <translation>{count} figure(s) could not be saved: {reason} What you typed is still on screen and is not lost; once the problem is solved, click &apos;Retry saving&apos;.</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>填报数据</source>
        <translation>Declared data</translation>
    </message>
    <message>
        <source>数据包记录</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {code} · {type} · {year} 学年</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {code} · {type} · school year {year}</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>学年</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>文件或原因</source>
        <translation>File or reason</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>SchoolEditor</name>
    <message>
        <source>修改“{field}”</source>
        <translation>Change “{field}”</translation>
    </message>
    <message>
        <source>最近修改 {time}</source>
        <translation>Last change {time}</translation>
    </message>
    <message>
        <source>{title}（Ctrl+{number} 转到此页）</source>
        <translation>{title} (Ctrl+{number} goes to this page)</translation>
    </message>
    <message>
        <source>{code} · {type} · {county} · 标准：{profile}</source>
        <translation>{code} · {type} · {county} · Standard: {profile}</translation>
    </message>
</context>
<context>
    <name>SchoolInfoDialog</name>
    <message>
        <source>学校信息</source>
        <translation>School information</translation>
    </message>
    <message>
        <source>学校标识码：</source>
        <translation>School code:</translation>
    </message>
    <message>
        <source>标识码以县区名册为准，在此不能修改。</source>
        <translation>The code is the one on the county&apos;s roster; it cannot be changed here.</translation>
    </message>
    <message>
        <source>学校名称(&amp;M)：</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>学校类型(&amp;T)：</source>
        <translation>School &amp;type:</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>学校类型决定评估哪些学段（小学、初中、高中）。</source>
        <translation>The school type decides which sections (primary, junior, senior) are assessed.</translation>
    </message>
    <message>
        <source>所属县区(&amp;U)：</source>
        <translation>Co&amp;unty:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写学校名称</source>
        <translation>Enter the school&apos;s name</translation>
    </message>
    <message>
        <source>请选择学校类型</source>
        <translation>Choose the school type</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SchoolLedgerPanel</name>
    <message>
        <source>正在读取问题台账…</source>
        <translation>Reading the problem ledger…</translation>
    </message>
    <message>
        <source>本校问题台账（县区据此整改销号）</source>
        <translation>This school&apos;s problem ledger (the county plans and closes its items)</translation>
    </message>
    <message>
        <source>本校没有未达标的指标。</source>
        <translation>Every judged figure of this school reaches its threshold.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>差距</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source> ⚠ 逾期</source>
        <translation> ⚠ overdue</translation>
    </message>
</context>
<context>
    <name>SchoolView</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>撤销上一次保存的修改（Ctrl+Z）</source>
        <translation>Undo the last saved change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>重做刚撤销的修改（Ctrl+Y）</source>
        <translation>Redo the change just undone (Ctrl+Y)</translation>
    </message>
    <message>
        <source>试算模式</source>
        <translation>What-if mode</translation>
    </message>
    <message>
        <source>在副本上试改数字，看仪表如何变化；不会保存（Ctrl+T）</source>
        <translation>Try figures on a copy and watch the gauges move; nothing is saved (Ctrl+T)</translation>
    </message>
    <message>
        <source>导出注册申请…</source>
        <translation>Export enrolment request…</translation>
    </message>
    <message>
        <source>再次导出本机密钥的注册申请，交县区注册</source>
        <translation>Export this PC&apos;s key enrolment request again, for the county</translation>
    </message>
    <message>
        <source>导入县区名册…</source>
        <translation>Import county roster…</translation>
    </message>
    <message>
        <source>导入县区签发的名册：正式标识码和评估标准</source>
        <translation>Import the roster the county signed: the official code and the standard</translation>
    </message>
    <message>
        <source>学校信息…</source>
        <translation>School information…</translation>
    </message>
    <message>
        <source>改正本校的名称、学校类型和所属县区</source>
        <translation>Correct the school&apos;s name, type and county</translation>
    </message>
    <message>
        <source>本校问题台账(&amp;L)</source>
        <translation>School&apos;s problem &amp;ledger</translation>
    </message>
    <message>
        <source>显示或隐藏本校的问题台账：未达标的项目、差距、状态和整改期限</source>
        <translation>Show or hide the school&apos;s problem ledger: what falls short, by how much, its status and deadline</translation>
    </message>
    <message>
        <source>金昌义务教育优质均衡 · 学校填报</source>
        <translation>Jinchang Compulsory Education Balance · School Data Entry</translation>
    </message>
    <message>
        <source>【演示】</source>
        <translation>[Demo] </translation>
    </message>
    <message>
        <source>{demo}{name} · 金昌义务教育优质均衡 · 学校填报</source>
        <translation>{demo}{name} · Jinchang compulsory-education balance · school entry</translation>
    </message>
    <message>
        <source>试算模式：修改不会保存</source>
        <translation>What-if mode: changes are not saved</translation>
    </message>
    <message>
        <source>数据只在内存中（尚未接入工作区），关闭程序后不保留。</source>
        <translation>The data is held in memory only (no workspace yet) and is not kept after the app closes.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;学校填报&lt;/h3&gt;&lt;p&gt;左侧按主题逐项填写本校数字，按 Enter 或 Tab 确认即保存；右侧仪表随输入即时显示与标准的差距。“试算模式”在副本上试改，不会保存。&lt;/p&gt;&lt;p&gt;填好后用“导出数据包”（Ctrl+E）检查数据、写入 U 盘并打印存档联，交县区。首次使用时导出的注册申请和县区发来的名册在“数据”菜单中。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;School data entry&lt;/h3&gt;&lt;p&gt;Fill in the school&apos;s figures topic by topic on the left; Enter or Tab confirms and saves. The gauges on the right show the distance to the standard as you type. What-if mode tries changes on a copy and saves nothing.&lt;/p&gt;&lt;p&gt;When done, Export package (Ctrl+E) checks the data, writes the package to a USB stick and prints the filing copy for the county. The enrolment request and the county&apos;s roster are in the Data menu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>有数值未能保存</source>
        <translation>Figures not saved</translation>
    </message>
    <message>
        <source>有 {count} 项数值未能保存：{reason}

现在退出，这些数值将丢失。</source>
        <translation>{count} figure(s) could not be saved: {reason}

Quitting now loses them.</translation>
    </message>
    <message>
        <source>重试保存</source>
        <translation>Retry saving</translation>
    </message>
    <message>
        <source>不保存，退出</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <source>返回程序</source>
        <translation>Back to the program</translation>
    </message>
    <message>
        <source>导出注册申请</source>
        <translation>Export enrolment request</translation>
    </message>
    <message>
        <source>已导出注册申请</source>
        <translation>Enrolment request exported</translation>
    </message>
    <message>
        <source>注册申请已写入：
{path}

请电话告知县区本机密钥指纹：
{fingerprint}</source>
        <translation>The enrolment request was written to:
{path}

Read the county this PC&apos;s key fingerprint by phone:
{fingerprint}</translation>
    </message>
    <message>
        <source>正在导出注册申请…</source>
        <translation>Exporting the enrolment request…</translation>
    </message>
    <message>
        <source>导入县区名册</source>
        <translation>Import county roster</translation>
    </message>
    <message>
        <source>核对县区密钥</source>
        <translation>Check the county key</translation>
    </message>
    <message>
        <source>第一次导入名册：请输入县区在电话中读出的密钥指纹（XXXX-XXXX-XXXX-XXXX）。
与名册的签名密钥一致才会导入。</source>
        <translation>First roster: type the key fingerprint the county read to you over the phone (XXXX-XXXX-XXXX-XXXX).
The roster is imported only when its signing key matches.</translation>
    </message>
    <message>
        <source>已导入名册</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <source>名册已导入。
学校标识码：{code}
评估标准：{profile}</source>
        <translation>The roster was imported.
School code: {code}
Standard: {profile}</translation>
    </message>
    <message>
        <source>正在导入名册…</source>
        <translation>Importing the roster…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>切换语言只改变界面文字，学校数据和评估结果不变。</source>
        <translation>Switching the language changes only the interface text; the school&apos;s data and results stay the same.</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>金昌义务教育优质均衡</source>
        <translation>Jinchang compulsory-education balance</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近的工作区(&amp;R)</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>打开工作区…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <source>打开另一个工作区文件夹（Ctrl+O）</source>
        <translation>Open another workspace folder (Ctrl+O)</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>界面语言等设置</source>
        <translation>Interface language and other settings</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>导入下级交来的数据包：文件或整个 U 盘文件夹（Ctrl+I）</source>
        <translation>Import the packages brought from the level below: files or a whole USB stick folder (Ctrl+I)</translation>
    </message>
    <message>
        <source>导出数据包…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <source>检查数据，导出签名数据包到 U 盘（Ctrl+E）</source>
        <translation>Check the data and export a signed package to a USB stick (Ctrl+E)</translation>
    </message>
    <message>
        <source>发送记录…</source>
        <translation>Outbox…</translation>
    </message>
    <message>
        <source>已导出的数据包：何时、写到哪里</source>
        <translation>Packages exported: when and where to</translation>
    </message>
    <message>
        <source>使用帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>本工作区能做什么、怎样做（F1）</source>
        <translation>What this workspace does, and how (F1)</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>选择工作区文件夹</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>金昌市义务教育优质均衡评估（离线）
版本 {version}

学校填报数据，县区汇总评估，市级核查：数据包签名后经 U 盘逐级报送。</source>
        <translation>Jinchang balanced compulsory education assessment (offline)
Version {version}

Schools enter their data, counties assess, the city checks: signed packages travel up on USB sticks.</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <source>全校</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <source>{label}（{unit}），可填 {low}–{high}；“—”表示未填</source>
        <translation>{label} ({unit}), {low}–{high}; “—” means not entered</translation>
    </message>
    <message>
        <source>依据：{clause}</source>
        <translation>Source: {clause}</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <source>选择 U 盘或文件夹：先逐个检查其中的数据包，列出每个数据包将改变的数据，确认后再接收。检查时不保存任何数据。</source>
        <translation>Choose a USB stick or folder: every package in it is checked first and what each would change is listed; you accept them after that. Checking stores nothing.</translation>
    </message>
    <message>
        <source>选择文件夹并检查…</source>
        <translation>Choose a folder and check…</translation>
    </message>
    <message>
        <source>全部接收</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>接收勾选的</source>
        <translation>Accept the ticked ones</translation>
    </message>
    <message>
        <source>都不接收</source>
        <translation>Accept none</translation>
    </message>
    <message>
        <source>打印摘要（PDF）…</source>
        <translation>Print the summary (PDF)…</translation>
    </message>
    <message>
        <source>接收</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>school</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>变化与提醒</source>
        <translation>Changes and warnings</translation>
    </message>
    <message>
        <source>工作区的数据已改变：请重新检查后再接收。</source>
        <translation>The workspace&apos;s data changed: check again before accepting.</translation>
    </message>
    <message>
        <source>选择数据包所在的文件夹（U 盘）</source>
        <translation>Choose the folder holding the packages (USB stick)</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation>Checking the packages…</translation>
    </message>
    <message>
        <source>{n} 项变化</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>；{n} 条提醒</source>
        <translation>; {n} warnings</translation>
    </message>
    <message>
        <source>（有未说明的提醒）</source>
        <translation> (warnings not explained)</translation>
    </message>
    <message>
        <source>将改变的数据（原值 → 新值）：</source>
        <translation>What would change (old → new):</translation>
    </message>
    <message>
        <source>提醒与学校的说明：</source>
        <translation>Warnings and the school&apos;s explanations:</translation>
    </message>
    <message>
        <source>另有 {n} 项身份变更申请，接收后在“学校与密钥”页处理。</source>
        <translation>It also asks for {n} identity changes: decide them on the &apos;Schools and keys&apos; page after accepting.</translation>
    </message>
    <message>
        <source>正在接收数据包…</source>
        <translation>Accepting the packages…</translation>
    </message>
    <message>
        <source>保存摘要</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>导入分拣摘要</source>
        <translation>Import triage summary</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <source>数据核实</source>
        <translation>Verify figures</translation>
    </message>
    <message>
        <source>保障项目核查</source>
        <translation>Guarantee items</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>添加附件(&amp;A)…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>照片、台账扫描件：复制到工作区并以 SHA-256 记录</source>
        <translation>Photos, scanned ledgers: copied into the workspace and recorded by SHA-256</translation>
    </message>
    <message>
        <source>核查记录 PDF(&amp;P)…</source>
        <translation>Visit report &amp;PDF…</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>申报值</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>核实值</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>核实÷申报</source>
        <translation>Verified ÷ declared</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>为什么先查</source>
        <translation>Why check first</translation>
    </message>
    <message>
        <source>保障项目（按申报值）</source>
        <translation>Guarantee item (declared)</translation>
    </message>
    <message>
        <source>现场核查</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>请在左侧选择一所学校</source>
        <translation>Choose a school on the left</translation>
    </message>
    <message>
        <source>核实值与申报值相差超过容差</source>
        <translation>The verified value differs from the declared one by more than the tolerance</translation>
    </message>
    <message>
        <source>未核查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>结论：按申报值 {declared}；按核实值 {verified}；超出容差 {count} 项</source>
        <translation>Verdict: declared {declared}; verified {verified}; {count} fields beyond the tolerance</translation>
    </message>
    <message>
        <source>选择附件（照片、台账扫描件）</source>
        <translation>Choose an attachment (photo, scanned ledger)</translation>
    </message>
    <message>
        <source>保存核查记录</source>
        <translation>Save the visit report</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <source>试算模式：在副本上试改，仪表随之变化，已保存的数据不受影响。</source>
        <translation>What-if mode: try changes on a copy and watch the gauges; the saved data is not touched.</translation>
    </message>
    <message>
        <source>把试算副本恢复成已保存的数据</source>
        <translation>Put the what-if copy back to the saved data</translation>
    </message>
    <message>
        <source>全部还原(&amp;R)</source>
        <translation>&amp;Reset all</translation>
    </message>
    <message>
        <source>离开试算模式，回到已保存的数据（Ctrl+T）</source>
        <translation>Leave what-if mode and return to the saved data (Ctrl+T)</translation>
    </message>
    <message>
        <source>退出试算(&amp;X)</source>
        <translation>E&amp;xit what-if</translation>
    </message>
    <message>
        <source>已试改 {count} 项</source>
        <translation>{count} field(s) changed</translation>
    </message>
</context>
<context>
    <name>WhatIfPage</name>
    <message>
        <source>{school}：{field} 改为 {amount} {unit}</source>
        <translation>{school}: {field} set to {amount} {unit}</translation>
    </message>
    <message>
        <source>{school} → {to}：调出 {amount} {unit}{field}</source>
        <translation>{school} → {to}: move {amount} {unit} of {field}</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>meets</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>below</translation>
    </message>
    <message>
        <source>{school}（{section}）：{before} → {after}</source>
        <translation>{school} ({section}): {before} → {after}</translation>
    </message>
    <message>
        <source>学校结论的变化：{lines}</source>
        <translation>School verdicts that change: {lines}</translation>
    </message>
    <message>
        <source>没有学校的结论改变。</source>
        <translation>No school&apos;s verdict changes.</translation>
    </message>
    <message>
        <source>按此方案全县可以通过</source>
        <translation>with this scenario the county passes</translation>
    </message>
    <message>
        <source>按此方案全县仍不能通过</source>
        <translation>with this scenario the county still does not pass</translation>
    </message>
    <message>
        <source>方案改动 {changes} 项、涉及 {schools} 所学校；{verdict}。存储的数据不变。</source>
        <translation>The scenario makes {changes} changes at {schools} schools; {verdict}. The stored data are unchanged.</translation>
    </message>
    <message>
        <source>注意：{problem}</source>
        <translation>Note: {problem}</translation>
    </message>
    <message>
        <source>现状</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>方案</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>上限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>保存方案</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>方案名称：</source>
        <translation>Scenario name:</translation>
    </message>
    <message>
        <source>方案已保存。</source>
        <translation>Scenario saved.</translation>
    </message>
    <message>
        <source>已保存的方案</source>
        <translation>Saved scenarios</translation>
    </message>
    <message>
        <source>本方案的改动</source>
        <translation>Changes in this scenario</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>保存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>加入方案</source>
        <translation>Add to the scenario</translation>
    </message>
    <message>
        <source>移除所选改动</source>
        <translation>Remove the selected change</translation>
    </message>
    <message>
        <source>改动</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>调入学校</source>
        <translation>To school</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>修改数值</source>
        <translation>Set a figure</translation>
    </message>
    <message>
        <source>从一校调到另一校</source>
        <translation>Move from one school to another</translation>
    </message>
    <message>
        <source>显示：各项指标</source>
        <translation>Show: indicators</translation>
    </message>
    <message>
        <source>显示：对差异系数的贡献</source>
        <translation>Show: share of each CV</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>演示工作区的临时副本：可随意修改，关闭程序后删除。</source>
        <translation>A temporary copy of the demo workspace: change anything; it is deleted when the program closes.</translation>
    </message>
    <message>
        <source>数据保存在 {path}</source>
        <translation>Data is kept in {path}</translation>
    </message>
</context>
</TS>
