<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Gauge</name>
    <message>
        <source>已达标</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>无法计算差额</source>
        <translation>Gap cannot be computed</translation>
    </message>
    <message>
        <source>还差 {amount} {unit}</source>
        <translation>{amount} {unit} short</translation>
    </message>
    <message>
        <source>还差 {amount} {unit}（差 {floor} 到 {percent}%）</source>
        <translation>{amount} {unit} short ({floor} to {percent}%)</translation>
    </message>
    <message>
        <source>{name}
当前 {value} {unit}，标准 {threshold}，{percent}% 线 {floor}
{gap}
依据：{clause}</source>
        <translation>{name}
Now {value} {unit}; standard {threshold}; {percent}% line {floor}
{gap}
Source: {clause}</translation>
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
    <name>Language</name>
    <message>
        <source>zh</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>金昌义务教育优质均衡 · 学校填报</source>
        <translation>Jinchang Compulsory Education Balance · School Data Entry</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
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
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>界面语言等设置</source>
        <translation>Interface language and other settings</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>数据只在内存中（尚未接入工作区），关闭程序后不保留。</source>
        <translation>The data is held in memory only (no workspace yet) and is not kept after the app closes.</translation>
    </message>
    <message>
        <source>试算模式：修改不会保存</source>
        <translation>What-if mode: changes are not saved</translation>
    </message>
    <message>
        <source>金昌市义务教育优质均衡评估（离线）
版本 {version}

学校填报：数字确认即保存；仪表随输入即时显示与标准的差距。</source>
        <translation>Jinchang compulsory-education balance assessment (offline)
Version {version}

School data entry: each confirmed figure is saved at once; the gauges show the distance to the standard as you type.</translation>
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
    <name>SectionGauges</name>
    <message>
        <source>达标：{reached}/{total} 项达到标准，其余不低于 {percent}%</source>
        <translation>Meets the standard: {reached}/{total} reached, the rest ≥ {percent}%</translation>
    </message>
    <message>
        <source>未达标：{reached}/{total} 项达到标准（至少需 {need} 项）</source>
        <translation>Below the standard: {reached}/{total} reached (needs {need})</translation>
    </message>
    <message>
        <source>，{below} 项低于 {percent}%</source>
        <translation>, {below} below {percent}%</translation>
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
</TS>
