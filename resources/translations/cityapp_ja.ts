<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About City Diplomacy Desk</source>
        <translation>City Diplomacy Desk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;City Diplomacy Desk {version}&lt;/h3&gt;&lt;p&gt;For the international-affairs and protocol office of a city: partner cities, trips, meetings, commitments and Excel briefings.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log file: {log}&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}, Qt for Python {pyside}.&lt;/p&gt;&lt;p&gt;Qt and Qt for Python are used under the GNU Lesser General Public License version 3; they are separate libraries in the program&apos;s folder and may be replaced. The licences of all third-party software are under Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;City Diplomacy Desk {version}&lt;/h3&gt;&lt;p&gt;都市の国際・儀典担当のための業務ソフトです：姉妹・友好都市、出張、会談、約束事項、Excelの説明資料。&lt;/p&gt;&lt;p&gt;データベース：{db}&lt;br&gt;ログファイル：{log}&lt;/p&gt;&lt;p&gt;Python {python}、Qt {qt}、Qt for Python {pyside}&lt;/p&gt;&lt;p&gt;Qt と Qt for Python は GNU 劣等一般公衆利用許諾書（LGPL）第3版のもとで使用しています。プログラムのフォルダーにある別のライブラリで、差し替えることができます。第三者のソフトウェアのライセンスは「ライセンス」タブにあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>概要(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>担当者(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Excelに出力(&amp;E)…</translation>
    </message>
    <message>
        <source>{n} changes, newest first (the latest {limit} entries at most; the export has all).</source>
        <translation>{n}件の変更（新しい順。最新{limit}件まで表示。出力にはすべて含みます）。</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>変更履歴の出力</translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>変更履歴を書き出しています…</translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>By objective (a programme serving two objectives counts under each):</source>
        <translation>目標別（二つの目標に資する事業はそれぞれに計上）:</translation>
    </message>
    <message>
        <source>Total {total}; spent {spent}; remaining {remaining}.</source>
        <translation>総額 {total}、支出 {spent}、残高 {remaining}。</translation>
    </message>
    <message>
        <source>No objective named</source>
        <translation>目標の指定なし</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Export briefing</source>
        <translation>説明資料の出力</translation>
    </message>
    <message>
        <source>Briefing as PDF</source>
        <translation>説明資料を PDF で出力</translation>
    </message>
    <message>
        <source>When included, every sheet is marked CONFIDENTIAL.</source>
        <translation>含める場合、すべてのシートに「秘」と表示します。</translation>
    </message>
    <message>
        <source>When the trip began (as the delegation left)</source>
        <translation>出張の初日時点（出発時の内容）</translation>
    </message>
    <message>
        <source>Today (everything recorded since)</source>
        <translation>今日時点（その後の記録もすべて含む）</translation>
    </message>
    <message>
        <source>&amp;As known</source>
        <translation>記載の時点(&amp;A)</translation>
    </message>
</context>
<context>
    <name>BudgetFooter</name>
    <message>
        <source>EUR=162.5, USD=151</source>
        <translation>EUR=162.5, USD=151</translation>
    </message>
    <message>
        <source>Yen per unit of each currency, for this trip</source>
        <translation>この出張での各通貨1単位あたりの円</translation>
    </message>
    <message>
        <source>Set &amp;rates</source>
        <translation>レートを設定(&amp;R)</translation>
    </message>
    <message>
        <source>Exchange rates (yen per unit):</source>
        <translation>為替レート（1単位あたりの円）：</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>合計：{total}</translation>
    </message>
    <message>
        <source>(no rate for {currencies}: left out of the total)</source>
        <translation>（{currencies}はレートがないため合計に含めていません）</translation>
    </message>
    <message>
        <source>“{part}” is not CODE=rate, for example EUR=162.5.</source>
        <translation>「{part}」は「通貨=レート」の形ではありません（例：EUR=162.5）。</translation>
    </message>
    <message>
        <source>Set exchange rates</source>
        <translation>為替レートの設定</translation>
    </message>
</context>
<context>
    <name>BureausDialog</name>
    <message>
        <source>Bureaus</source>
        <translation>局</translation>
    </message>
</context>
<context>
    <name>BureausPage</name>
    <message>
        <source>Bureaus</source>
        <translation>局</translation>
    </message>
</context>
<context>
    <name>CarryDialog</name>
    <message>
        <source>Carry into a later meeting</source>
        <translation>後の会談に引き継ぐ</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会談(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>話した内容(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Status after</source>
        <translation>その後の状況(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation>グラフをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>グラフをPNGで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>グラフをコピー</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNGで保存…</translation>
    </message>
    <message>
        <source>Chart copied.</source>
        <translation>グラフをコピーしました。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to {path}. Check that the folder exists and that you may write there, then try again.</source>
        <translation>グラフを{path}に書き込めませんでした。フォルダーがあり、書き込めることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Chart saved to {path}.</source>
        <translation>グラフを{path}に保存しました。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Cities counting</source>
        <translation>算入都市数</translation>
    </message>
    <message>
        <source>Milestones and target</source>
        <translation>中間目標と目標</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市数</translation>
    </message>
    <message>
        <source>Trips and visits</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>共同プロジェクト</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>教訓</translation>
    </message>
</context>
<context>
    <name>CitiesPage</name>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失効日</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>No agreements with this city yet. Add one with Add….</source>
        <translation>この都市との協定はまだありません。追加…で追加してください。</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>終了(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation>文書を開く(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>更新(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a renewal: its date, the new expiry and the signed text; kept in the agreement&apos;s history</source>
        <translation>更新を記録します：更新日、新しい期限、署名文書。協定の経緯に残ります</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Renewal or amendment</source>
        <translation>更新・改定</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>新しい期限</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Neither renewed nor amended. Renew… records a renewal; Add… an amendment or a renewal of the past.</source>
        <translation>更新も改定もありません。「更新…」で更新を、「追加…」で改定や過去の更新を記録します。</translation>
    </message>
    <message>
        <source>History of “{title}”: renewals and amendments</source>
        <translation>「{title}」の経緯：更新と改定</translation>
    </message>
    <message>
        <source>Select an agreement to see its renewals and amendments.</source>
        <translation>協定を選ぶと、その更新と改定が表示されます。</translation>
    </message>
    <message>
        <source>Renew {title}</source>
        <translation>{title} を更新</translation>
    </message>
    <message>
        <source>This agreement ended on {day}: an ended agreement is not renewed.</source>
        <translation>この協定は{day}に終了しています。終了した協定は更新できません。</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>文書を開く</translation>
    </message>
    <message>
        <source>No document is recorded for this agreement. Edit it to give the path of the signed text.</source>
        <translation>この協定の文書は記録されていません。編集して署名済み文書の保存場所を入力してください。</translation>
    </message>
    <message>
        <source>{reason}

{path}

Open it?</source>
        <translation>{reason}

{path}

開きますか？</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加盟日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>脱退日</translation>
    </message>
    <message>
        <source>Not a member of any network we follow. Members are added on the Networks page.</source>
        <translation>当課が把握する都市ネットワークに加盟していません。加盟都市は都市ネットワークのページで追加します。</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Relationship health {score}/100 ({band}): {reasons}</source>
        <translation>関係の健全度 {score}/100（{band}）：{reasons}</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>協定(&amp;A)</translation>
    </message>
    <message>
        <source>Net&amp;works</source>
        <translation>都市ネットワーク(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>経過(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ComingUpTab</name>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Trip or visit</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最も古い期限</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>Value (¥)</source>
        <translation>価額（円）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>贈り主</translation>
    </message>
    <message>
        <source>Trips and visits</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>Agreement anniversaries and expiries</source>
        <translation>協定の周年と失効</translation>
    </message>
    <message>
        <source>Overdue commitments by owner</source>
        <translation>担当者別の期限切れの約束事項</translation>
    </message>
    <message>
        <source>Gifts waiting for a declaration</source>
        <translation>届出待ちの贈答品</translation>
    </message>
    <message>
        <source>What is coming up could not be read; F5 tries again.</source>
        <translation>今後の予定を読み込めませんでした。F5で再試行します。</translation>
    </message>
    <message>
        <source>Reading what is coming up…</source>
        <translation>今後の予定を読み込んでいます…</translation>
    </message>
    <message>
        <source>{years}th anniversary: {title}</source>
        <translation>{years}周年：{title}</translation>
    </message>
    <message>
        <source>Expired, not renewed: {title}</source>
        <translation>期限切れ・未更新：{title}</translation>
    </message>
    <message>
        <source>Expires: {title}</source>
        <translation>期限到来：{title}</translation>
    </message>
    <message>
        <source>The next {days} days, from {today}, and agreements expiring in the next {notice} days (time to renew); overdue and undeclared as of today.</source>
        <translation>{today}から{days}日間と、{notice}日以内に期限を迎える協定（更新の準備期間）。期限超過と未届出は本日時点。</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>当方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>先方</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>共同</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>期限切れはありません。</translation>
    </message>
    <message>
        <source>The {shown} owners with most overdue of {total}; the Commitments page lists them all (Overdue only).</source>
        <translation>{total}人のうち期限切れの多い{shown}人。すべては約束事項のページ（期限切れのみ）で確認できます。</translation>
    </message>
    <message>
        <source>Enter opens the owner&apos;s oldest overdue commitment.</source>
        <translation>Enterで担当者の最も古い期限切れの約束事項を開きます。</translation>
    </message>
    <message>
        <source>No trips or visits in the next {days} days.</source>
        <translation>今後{days}日間に出張・来訪はありません。</translation>
    </message>
    <message>
        <source>No five-yearly anniversaries or expiries in the next {days} days.</source>
        <translation>今後{days}日間に5年ごとの周年や失効はありません。</translation>
    </message>
    <message>
        <source>Every gift above the threshold is declared.</source>
        <translation>基準額を超える贈答品はすべて届出済みです。</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Commitments are added from the meeting where they were made</source>
        <translation>約束事項は、約束した会談から追加します</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>その後の状況</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Not followed up in a later meeting yet.</source>
        <translation>後の会談でまだフォローアップしていません。</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>経過(&amp;P)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Either side</source>
        <translation>両方の側</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>すべての都市</translation>
    </message>
    <message>
        <source>Any objective</source>
        <translation>すべての政策目標</translation>
    </message>
    <message>
        <source>Only commitments this person owns or was at the table for</source>
        <translation>この人が担当するか、その場にいた約束事項だけ</translation>
    </message>
    <message>
        <source>Only commitments due before this day</source>
        <translation>この日より前が期限の約束事項だけ</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>未完了のみ(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>期限切れのみ(&amp;V)</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>期限がこれより前</translation>
    </message>
    <message>
        <source>Mark as {status} ({keys})</source>
        <translation>{status}にする（{keys}）</translation>
    </message>
    <message>
        <source>Carry &amp;into a meeting…</source>
        <translation>会談に引き継ぐ(&amp;I)…</translation>
    </message>
    <message>
        <source>Record what became of it in a later meeting</source>
        <translation>後の会談でどうなったかを記録します</translation>
    </message>
    <message>
        <source>Carry commitment</source>
        <translation>約束事項の引き継ぎ</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>The meeting where this was promised takes place on {day}: it has not happened yet. Mark the commitment done anyway?</source>
        <translation>この約束がされた会談は{day}の予定で、まだ行われていません。それでも完了にしますか？</translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation>{status}にする</translation>
    </message>
</context>
<context>
    <name>ConventionsDialog</name>
    <message>
        <source>Dates and years</source>
        <translation>日付と年度</translation>
    </message>
    <message>
        <source>Date Japanese documents with the &amp;era</source>
        <translation>日本語の文書の日付を和暦で表記する(&amp;E)</translation>
    </message>
    <message>
        <source>Count figures by &amp;fiscal year (April to March)</source>
        <translation>数値を年度（4月～翌年3月）で集計する(&amp;F)</translation>
    </message>
    <message>
        <source>For the whole office: exports, reports and the dashboard follow these choices. English documents keep 2015-10-14 and FY2015.</source>
        <translation>事務所全体の設定です。出力ファイル、報告、ダッシュボードがこの設定に従います。英語の文書は 2015-10-14、FY2015 の表記のままです。</translation>
    </message>
    <message>
        <source>In Japanese documents: {day}, figures for {year}</source>
        <translation>日本語の文書での表記: {day}、集計は{year}</translation>
    </message>
</context>
<context>
    <name>CopyTripDialog</name>
    <message>
        <source>Plan from “{title}”</source>
        <translation>「{title}」をもとに計画</translation>
    </message>
    <message>
        <source>A &amp;return visit (the other direction: the programme starts empty)</source>
        <translation>答礼訪問(&amp;R)（逆方向。日程は空から始めます）</translation>
    </message>
    <message>
        <source>New trip &amp;starts</source>
        <translation>新しい出張の開始日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>件名(&amp;T)</translation>
    </message>
    <message>
        <source>Return visit from {city}</source>
        <translation>{city}からの答礼訪問</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>答礼訪問</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（コピー）</translation>
    </message>
    <message>
        <source>Type the day the new trip starts.</source>
        <translation>新しい出張の開始日を入力してください。</translation>
    </message>
</context>
<context>
    <name>CounterpartsPage</name>
    <message>
        <source>Counterparts</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Show &amp;past office holders</source>
        <translation>退任者も表示(&amp;P)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>No meetings with this person yet.</source>
        <translation>この人との会談はまだありません。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>No open commitments involving this person.</source>
        <translation>この人に関わる未完了の約束事項はありません。</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>会談(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;commitments</source>
        <translation>未完了の約束事項(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>経過(&amp;H)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>目標(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>政策目標(&amp;O)</translation>
    </message>
    <message>
        <source>Relationship &amp;health</source>
        <translation>関係の健全度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Coming up</source>
        <translation>今後の予定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地図(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>No date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>日付を消去</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Local time</source>
        <translation>現地時間</translation>
    </message>
    <message>
        <source>Tokyo time</source>
        <translation>東京時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>DraftRestoreDialog</name>
    <message>
        <source>Unsaved draft</source>
        <translation>保存していない下書き</translation>
    </message>
    <message>
        <source>This meeting has a draft typed at {when} that was never saved (the program may have closed unexpectedly). Restore it?</source>
        <translation>この会談には{when}に入力した保存していない下書きがあります（プログラムが予期せず終了した可能性があります）。復元しますか？</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Include &amp;confidential meetings, trips and sensitive notes</source>
        <translation>秘の会談・出張と要配慮のメモを含める(&amp;C)</translation>
    </message>
    <message>
        <source>When included, the file is marked CONFIDENTIAL.</source>
        <translation>含める場合、ファイルに「秘」と表示します。</translation>
    </message>
    <message>
        <source>The file could not be written: {error}. No file was changed.</source>
        <translation>ファイルを書き込めませんでした：{error}。ファイルは変更されていません。</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation>出力しました</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name}を保存しました。</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>ファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーを表示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to City Diplomacy Desk</source>
        <translation>City Diplomacy Deskへようこそ</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your database is empty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Load the demo office&lt;/b&gt; to explore the program with Tokyo&apos;s partner cities, networks and the 2014 visits (people and meetings in it are fictional).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start empty&lt;/b&gt; to begin keeping your own office&apos;s record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;データベースは空です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;デモの課を読み込む&lt;/b&gt;と、東京都の交流都市、都市ネットワーク、2014年の訪問でプログラムを試せます（登場する人物と会談は架空のものです）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;空で始める&lt;/b&gt;と、自分の課の記録を始められます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load the &amp;demo office</source>
        <translation>デモの課を読み込む(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>空で始める(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FloatInput</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>「{text}」は数値ではありません。</translation>
    </message>
</context>
<context>
    <name>FundsDialog</name>
    <message>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Spending recorded on a programme&apos;s fiscal years comes out of its fund; spending more than remains is refused.</source>
        <translation>事業の年度ごとの支出は基金から差し引かれます。残高を超える支出は受け付けません。</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>残高(&amp;B)</translation>
    </message>
</context>
<context>
    <name>GiftsPage</name>
    <message>
        <source>Gifts</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>&amp;Declaration workbook…</source>
        <translation>届出用ワークブック(&amp;D)…</translation>
    </message>
    <message>
        <source>The register of the fiscal year chosen above (or of every year), for the annual declaration, for Excel (Ctrl+Shift+E)</source>
        <translation>上で選んだ年度（またはすべての年度）の台帳。年次の届出用、Excel 形式（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>贈呈と受領</translation>
    </message>
    <message>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>Any declaration</source>
        <translation>届出の状況すべて</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>贈呈／受領</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>届出</translation>
    </message>
    <message>
        <source>Only gifts given to or received from this person</source>
        <translation>この人物との間で贈呈・受領した贈答品のみ</translation>
    </message>
    <message>
        <source>Gift register</source>
        <translation>贈答品台帳</translation>
    </message>
    <message>
        <source>Gift register {year}.xlsx</source>
        <translation>贈答品台帳 {year}.xlsx</translation>
    </message>
    <message>
        <source>Gift register.xlsx</source>
        <translation>贈答品台帳.xlsx</translation>
    </message>
    <message>
        <source>Writing the gift register…</source>
        <translation>贈答品台帳を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote 1 gift.</source>
        <translation>贈答品1件を書き出しました。</translation>
    </message>
    <message>
        <source>Wrote {n} gifts.</source>
        <translation>贈答品{n}件を書き出しました。</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>How is the score computed?</source>
        <translation>点数の算出方法</translation>
    </message>
    <message>
        <source>The relationship health could not be worked out; F5 tries again.</source>
        <translation>関係の健全度を算出できませんでした。F5で再試行します。</translation>
    </message>
    <message>
        <source>Working out the health of every partner city…</source>
        <translation>すべての交流都市の健全度を算出しています…</translation>
    </message>
    <message>
        <source>{n} partner cities: &lt;span style=&apos;color:{g}&apos;&gt;{strong} strong&lt;/span&gt;, &lt;span style=&apos;color:{a}&apos;&gt;{fair} fair&lt;/span&gt;, &lt;span style=&apos;color:{r}&apos;&gt;{weak} weak&lt;/span&gt;. Weakest first; click a heading to sort, Enter opens the city.</source>
        <translation>交流都市{n}：&lt;span style=&apos;color:{g}&apos;&gt;良好 {strong}&lt;/span&gt;、&lt;span style=&apos;color:{a}&apos;&gt;普通 {fair}&lt;/span&gt;、&lt;span style=&apos;color:{r}&apos;&gt;要注意 {weak}&lt;/span&gt;。弱い順。見出しをクリックで並べ替え、Enterで都市を開きます。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No record is selected.</source>
        <translation>レコードが選ばれていません。</translation>
    </message>
    <message>
        <source>No changes are recorded for this record.</source>
        <translation>このレコードの変更履歴はありません。</translation>
    </message>
    <message>
        <source>Every change, newest first.</source>
        <translation>すべての変更（新しい順）。</translation>
    </message>
    <message>
        <source>Every change, newest first. Sensitive notes show that they changed, not what they said: you are not cleared for them.</source>
        <translation>すべての変更（新しい順）。要配慮のメモは変更があったことだけを示し、内容は表示しません（閲覧権限がありません）。</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Show &amp;older…</source>
        <translation>さらに古い記録(&amp;O)…</translation>
    </message>
    <message>
        <source>The next {n} entries of the history</source>
        <translation>経緯の次の{n}件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our last visit:&lt;/b&gt; {ours}&lt;br&gt;&lt;b&gt;Their last visit to us:&lt;/b&gt; {theirs}&lt;br&gt;&lt;b&gt;Open invitations:&lt;/b&gt; {invitations}</source>
        <translation>&lt;b&gt;当方の最終訪問：&lt;/b&gt;{ours}&lt;br&gt;&lt;b&gt;先方の最終来訪：&lt;/b&gt;{theirs}&lt;br&gt;&lt;b&gt;未対応の招待：&lt;/b&gt;{invitations}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our own city.&lt;/b&gt; Every trip, visit and meeting of the office is with it, so its history is the whole office&apos;s and is not listed here: {trips} trips and visits, {meetings} meetings, {commitments} commitments, {agreements} agreements with partners. The Trips, Meetings and Commitments pages list them, newest first, with their filters.</source>
        <translation>&lt;b&gt;当都市です。&lt;/b&gt;事務所のすべての出張・来訪・会談が当都市に関わるため、その経緯は事務所全体の記録となり、ここには一覧しません：出張・来訪{trips}件、会談{meetings}件、約束事項{commitments}件、相手都市との協定{agreements}件。出張・会談・約束事項の各ページで、新しい順に絞り込みながら一覧できます。</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>(led by {name})</source>
        <translation>（代表：{name}）</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import {what} from {name}</source>
        <translation>{name}から{what}を取り込む</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>{bad} of {n} rows are refused, so nothing can be imported. Correct the file and try again.</source>
        <translation>{n}行中{bad}行が取り込めないため、何も取り込めません。ファイルを修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The row is good.</source>
        <translation>行に問題はありません。</translation>
    </message>
    <message>
        <source>All {n} rows are good.</source>
        <translation>{n}行すべて取り込めます。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ItineraryItemDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>件名(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;From (city)</source>
        <translation>出発地（都市）(&amp;F)</translation>
    </message>
    <message>
        <source>From (&amp;place)</source>
        <translation>出発地（場所）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>都市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>会場(&amp;V)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>運送会社</translation>
    </message>
    <message>
        <source>Flight or train &amp;number</source>
        <translation>便名・列車番号(&amp;N)</translation>
    </message>
    <message>
        <source>Departure terminal</source>
        <translation>出発ターミナル</translation>
    </message>
    <message>
        <source>Arrival terminal</source>
        <translation>到着ターミナル</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>&amp;Booking or confirmation number</source>
        <translation>予約番号・確認番号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Starts (local)</source>
        <translation>開始（現地）(&amp;S)</translation>
    </message>
    <message>
        <source>Start &amp;zone</source>
        <translation>開始のタイムゾーン(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Ends (local)</source>
        <translation>終了（現地）(&amp;E)</translation>
    </message>
    <message>
        <source>End zo&amp;ne</source>
        <translation>終了のタイムゾーン(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Who (none ticked: everyone)</source>
        <translation>参加者(&amp;W)（選ばなければ全員）</translation>
    </message>
    <message>
        <source>&amp;To (city)</source>
        <translation>到着地（都市）(&amp;T)</translation>
    </message>
    <message>
        <source>To (p&amp;lace)</source>
        <translation>到着地（場所）(&amp;L)</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>It ends before it starts (compare the local times and zones).</source>
        <translation>終了が開始より前です（現地時間とタイムゾーンを確認してください）。</translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <source>Starts (local)</source>
        <translation>開始（現地）</translation>
    </message>
    <message>
        <source>Ends (local)</source>
        <translation>終了（現地）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>−15 min</source>
        <translation>−15分</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15分</translation>
    </message>
    <message>
        <source>−1 day</source>
        <translation>−1日</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1日</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>No itinerary items yet. Add the first with Add… (Ctrl+Shift+I).</source>
        <translation>日程はまだありません。追加…（Ctrl+Shift+I）で最初の項目を追加してください。</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Add to the itinerary</source>
        <translation>日程に追加</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>{title}を追加</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title}を編集</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>{title}を移動</translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation>{title}を複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete “{title}” from the itinerary? You can undo this with Ctrl+Z.</source>
        <translation>「{title}」を日程から削除しますか？Ctrl+Zで元に戻せます。</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>{title}を削除</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>共同事業</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>交流事業</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>空のデータベースファイルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a database file on this computer</source>
        <translation>このコンピューターのデータベースファイルを開きます</translation>
    </message>
    <message>
        <source>Connect to shared &amp;server…</source>
        <translation>共有サーバーに接続(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared PostgreSQL database</source>
        <translation>課の共有PostgreSQLデータベースを開きます</translation>
    </message>
    <message>
        <source>Open &amp;demo database</source>
        <translation>デモデータベースを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo office (Tokyo, 2014)</source>
        <translation>デモの課（東京、2014年）を開きます</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>データベースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a copy of the open database file</source>
        <translation>開いているデータベースファイルのコピーを保存します</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Put one of the open file&apos;s backups in its place</source>
        <translation>開いているファイルをそのバックアップの一つで置き換えます</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>記録を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>一覧を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>検索(&amp;I)…</translation>
    </message>
    <message>
        <source>Find a city, person, agreement, trip or meeting</source>
        <translation>都市、人、協定、出張、会談を検索します</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organizations…</source>
        <translation>所属機関(&amp;O)…</translation>
    </message>
    <message>
        <source>City governments, embassies and other bodies our counterparts work for</source>
        <translation>相手方が所属する都市政府、大使館などの機関</translation>
    </message>
    <message>
        <source>Order of &amp;precedence…</source>
        <translation>席次(&amp;P)…</translation>
    </message>
    <message>
        <source>The offices in their order: who is named and seated first</source>
        <translation>職位の序列：誰を先に紹介し、上座に着けるか</translation>
    </message>
    <message>
        <source>&amp;Bureaus…</source>
        <translation>局(&amp;B)…</translation>
    </message>
    <message>
        <source>The bureaus of our government that lead projects and act on lessons</source>
        <translation>共同事業を主管し、教訓を施策に生かす都の局</translation>
    </message>
    <message>
        <source>&amp;Funds…</source>
        <translation>基金(&amp;F)…</translation>
    </message>
    <message>
        <source>The funds that pay for exchange programmes, and their balance</source>
        <translation>交流事業の財源となる基金とその残高</translation>
    </message>
    <message>
        <source>Prospective &amp;partners…</source>
        <translation>交流候補都市(&amp;P)…</translation>
    </message>
    <message>
        <source>Cities we have no relations with yet, scored on the criteria the office weighs</source>
        <translation>まだ関係のない都市を、事務局が重み付けした基準で採点</translation>
    </message>
    <message>
        <source>Gift &amp;declaration threshold…</source>
        <translation>贈答品の届出基準額(&amp;D)…</translation>
    </message>
    <message>
        <source>Received gifts worth more than this wait for a declaration</source>
        <translation>この額を超える受領品は届出が必要です</translation>
    </message>
    <message>
        <source>Dates and &amp;years…</source>
        <translation>日付と年度(&amp;Y)…</translation>
    </message>
    <message>
        <source>The Japanese era on documents, and figures by fiscal year</source>
        <translation>文書の和暦表記と、年度別の集計</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>変更履歴(&amp;A)…</translation>
    </message>
    <message>
        <source>Every change in the office: who, what, when, old and new values</source>
        <translation>課のすべての変更：誰が、何を、いつ、変更前と変更後の値</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>マニュアル(&amp;M)</translation>
    </message>
    <message>
        <source>A short manual</source>
        <translation>簡易マニュアル</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the program answers, and where</source>
        <translation>使えるすべてのキーとその場所</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About City Diplomacy Desk</source>
        <translation>City Diplomacy Deskについて(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {label} (read-only: changes cannot be saved)</source>
        <translation>データベース：{label}（読み取り専用：変更は保存できません）</translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <translation>データベース：{label}</translation>
    </message>
    <message>
        <source>Officer: {name} (reads only)</source>
        <translation>担当者：{name}（閲覧のみ）</translation>
    </message>
    <message>
        <source>Officer: {name} (not cleared for confidential content)</source>
        <translation>担当者：{name}（秘情報の閲覧権限なし）</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>担当者：{name}</translation>
    </message>
    <message>
        <source>{title} ({n} overdue)</source>
        <translation>{title}（期限切れ{n}件）</translation>
    </message>
    <message>
        <source>{shown} of 1 row</source>
        <translation>1行中{shown}行</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{total}行中{shown}行</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The window opens in {language} the next time the program starts. Exports keep the language chosen for each of them.</source>
        <translation>次回の起動から画面を{language}で表示します。出力の言語はそれぞれの出力で選んだものを使います。</translation>
    </message>
    <message>
        <source>Gift declaration threshold</source>
        <translation>贈答品の届出基準額</translation>
    </message>
    <message>
        <source>Dates and years</source>
        <translation>日付と年度</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>The database you had open stays open.</source>
        <translation>開いていたデータベースはそのまま開いています。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name; existing files are never overwritten here.</source>
        <translation>{path}は既にあります。新しいファイル名を指定してください。既存のファイルは上書きしません。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}. The database itself is unchanged.</source>
        <translation>バックアップを書き込めませんでした：{error}。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation>バックアップを保存し、確認しました：{path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace {name} with the backup {backup}? Changes made since that backup are set aside in a copy of the current file.</source>
        <translation>{name}をバックアップ{backup}で置き換えますか？バックアップ以降の変更は、現在のファイルのコピーに残します。</translation>
    </message>
    <message>
        <source>The database is unchanged.</source>
        <translation>データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Restored {backup}. The file as it was is kept at {kept}.</source>
        <translation>{backup}を復元しました。元のファイルは{kept}に保管しています。</translation>
    </message>
    <message>
        <source>Load the demo office</source>
        <translation>デモの課を読み込む</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Manual</source>
        <translation>マニュアル</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>The cities could not be read; F5 tries again.</source>
        <translation>都市を読み込めませんでした。F5で再試行します。</translation>
    </message>
    <message>
        <source>Reading the partner cities…</source>
        <translation>交流都市を読み込んでいます…</translation>
    </message>
    <message>
        <source>1 city has no coordinates and is not shown.</source>
        <translation>座標のない1都市は表示されていません。</translation>
    </message>
    <message>
        <source>{n} cities have no coordinates and are not shown.</source>
        <translation>{n}都市は座標がないため表示していません。</translation>
    </message>
    <message>
        <source>The world outlines are missing from this installation.</source>
        <translation>このインストールには世界地図の輪郭データがありません。</translation>
    </message>
    <message>
        <source>Click a city to open it.</source>
        <translation>都市をクリックすると開きます。</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>&amp;Record of discussion…</source>
        <translation>会談記録(&amp;R)…</translation>
    </message>
    <message>
        <source>A one-page record of the meeting to circulate, for Excel (Ctrl+Shift+R)</source>
        <translation>回覧用の 1 ページの会談記録（Excel、Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Record as P&amp;DF…</source>
        <translation>会談記録を PDF で出力(&amp;D)…</translation>
    </message>
    <message>
        <source>The same record of discussion as a PDF file, with no office program needed</source>
        <translation>同じ会談記録を PDF ファイルで出力します（Office ソフトは不要です）</translation>
    </message>
    <message>
        <source>Record of discussion</source>
        <translation>会談記録</translation>
    </message>
    <message>
        <source>The record could not be written: {error}. No file was changed.</source>
        <translation>会談記録を書き込めませんでした: {error}。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>席次表</translation>
    </message>
    <message>
        <source>The seating plan could not be written: {error}. No file was changed.</source>
        <translation>席次表を書き出せませんでした：{error}。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>set: {place} ({reason})</source>
        <translation>指定：{place}（{reason}）</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>当方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>先方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>席次</translation>
    </message>
    <message>
        <source>No attendees recorded yet.</source>
        <translation>出席者はまだ記録されていません。</translation>
    </message>
    <message>
        <source>New &amp;counterpart…</source>
        <translation>新しい相手方(&amp;C)…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>No commitments from this meeting yet. Add them with Add….</source>
        <translation>この会談の約束事項はまだありません。追加…で追加してください。</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>その後の状況</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>No earlier commitments were followed up here. Carry one in from the Commitments page.</source>
        <translation>以前の約束事項でここでフォローアップしたものはありません。約束事項のページから引き継いでください。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation>贈呈・受領</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>Value (yen)</source>
        <translation>価額（円）</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>届出</translation>
    </message>
    <message>
        <source>No gifts recorded for this meeting.</source>
        <translation>この会談の贈答品は記録されていません。</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>出席者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>約束事項(&amp;C)</translation>
    </message>
    <message>
        <source>Followed &amp;up here</source>
        <translation>この会談でのフォローアップ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>贈答品(&amp;G)</translation>
    </message>
    <message>
        <source>Seating &amp;workbook…</source>
        <translation>席次表ブック(&amp;W)…</translation>
    </message>
    <message>
        <source>The chart on one A4 page, the order of precedence and place cards, for Excel</source>
        <translation>A4一枚の席次表、席次、席札（Excel）</translation>
    </message>
    <message>
        <source>Sea&amp;ting</source>
        <translation>席次(&amp;T)</translation>
    </message>
    <message>
        <source>Le&amp;ssons</source>
        <translation>教訓(&amp;S)</translation>
    </message>
    <message>
        <source>New counterpart at this meeting</source>
        <translation>この会談の新しい相手方</translation>
    </message>
    <message>
        <source>Add a counterpart</source>
        <translation>相手方を追加</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — left out of exports unless asked for</source>
        <translation>秘 — 指定しない限り出力に含めません</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>現地語名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加盟日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>脱退日</translation>
    </message>
    <message>
        <source>No member cities recorded yet.</source>
        <translation>加盟都市はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>開催都市</translation>
    </message>
    <message>
        <source>No plenaries recorded yet.</source>
        <translation>総会はまだ記録されていません。</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>加盟都市(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Plenaries</source>
        <translation>総会(&amp;P)</translation>
    </message>
    <message>
        <source>Our role: {role}</source>
        <translation>当市の役割：{role}</translation>
    </message>
    <message>
        <source>Our role: {role} — since {day}</source>
        <translation>当市の役割：{role}（{day}から）</translation>
    </message>
    <message>
        <source>We are not a member.</source>
        <translation>当市は加盟していません。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Acknowledge warning</source>
        <translation>注意の確認</translation>
    </message>
    <message>
        <source>Why is this acceptable?</source>
        <translation>問題がない理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>ObjectivesTab</name>
    <message>
        <source>Objective</source>
        <translation>政策目標</translation>
    </message>
    <message>
        <source>Trips and visits</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>共同プロジェクト</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Benefit to residents</source>
        <translation>都民への効果</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation>最新の測定値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>年別</translation>
    </message>
    <message>
        <source>The objectives could not be counted; F5 tries again.</source>
        <translation>政策目標を集計できませんでした。F5で再試行します。</translation>
    </message>
    <message>
        <source>Counting what serves each objective…</source>
        <translation>政策目標ごとに集計しています…</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>{n} of them planned ahead</source>
        <translation>うち{n}件は予定</translation>
    </message>
    <message>
        <source>Trip or visit</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>共同プロジェクト</translation>
    </message>
    <message>
        <source>Lesson and action</source>
        <translation>教訓と施策</translation>
    </message>
    <message>
        <source>What serves it, newest first ({n})</source>
        <translation>この目標に資するもの（新しい順、{n}）</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>What residents got: indicators against their targets</source>
        <translation>都民が得たもの: 指標と目標値</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <source>Order of precedence</source>
        <translation>席次</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>City Diplomacy Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>City Diplomacy Desk データベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <source>Organizations</source>
        <translation>所属機関</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation>所属機関</translation>
    </message>
</context>
<context>
    <name>PhotoInput</name>
    <message>
        <source>&amp;Choose photo…</source>
        <translation>写真を選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>写真を削除</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>写真の選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file could not be read: {error}.</source>
        <translation>ファイルを読み込めませんでした: {error}。</translation>
    </message>
    <message>
        <source>The file is not an image that can be shown.</source>
        <translation>表示できる画像ではありません。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Table {n}</source>
        <translation>テーブル{n}</translation>
    </message>
</context>
<context>
    <name>PrecedenceDialog</name>
    <message>
        <source>Order of precedence</source>
        <translation>席次</translation>
    </message>
    <message>
        <source>People are named and seated by the rank of their office (1 first), then by the date their term began, then by name. Give each counterpart and staff member an office on their page; a meeting can name the office that counts there, or set someone&apos;s place with a reason.</source>
        <translation>出席者は職位の順位（1が最上位）、次に就任日、次に氏名の順に紹介し、席に着けます。相手方と職員にはそれぞれのページで職位を設定してください。会談ごとに、その場で用いる職位を選ぶことも、理由を添えて席次を指定することもできます。</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>交流事業</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>No fiscal year recorded yet: add its participants and spending.</source>
        <translation>年度の記録がまだありません。参加者数と支出を追加してください。</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>None of our staff recorded as taking part.</source>
        <translation>参加した当方職員の記録はありません。</translation>
    </message>
    <message>
        <source>Fiscal &amp;years</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Our &amp;staff</source>
        <translation>当方職員(&amp;S)</translation>
    </message>
    <message>
        <source>Not paid for by a fund.</source>
        <translation>基金からの支出はありません。</translation>
    </message>
    <message>
        <source>{fund}: {total} from {start}; spent {spent}; remaining {remaining}.</source>
        <translation>{fund}: {start}から総額 {total}、支出 {spent}、残高 {remaining}。</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>共同事業</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>{value} on {day}</source>
        <translation>{value}（{day}）</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Benefit to residents</source>
        <translation>都民への効果</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation>最新の測定値</translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>No indicator yet: say what residents should get from the project.</source>
        <translation>指標がありません。この事業で都民が得るものを記録してください。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>達成日</translation>
    </message>
    <message>
        <source>No milestones recorded yet.</source>
        <translation>節目はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Record a &amp;measured value…</source>
        <translation>測定値を記録(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>指標(&amp;I)</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>節目(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Government</source>
        <translation>国との調整(&amp;G)</translation>
    </message>
    <message>
        <source>Measured value: {name}</source>
        <translation>測定値：{name}</translation>
    </message>
    <message>
        <source>Record a measured value</source>
        <translation>測定値の記録</translation>
    </message>
</context>
<context>
    <name>ProspectsDialog</name>
    <message>
        <source>Prospective partners</source>
        <translation>交流候補都市</translation>
    </message>
    <message>
        <source>Cities recorded as prospects, or with no relationship yet, scored from 0 to 100. Weigh each criterion from 0 (ignored) to 5.</source>
        <translation>候補として記録された都市、またはまだ関係のない都市を0～100点で採点します。各基準の重みを0（考慮しない）～5で指定してください。</translation>
    </message>
    <message>
        <source>&amp;Keep these weights</source>
        <translation>この重みを保存(&amp;K)</translation>
    </message>
    <message>
        <source>Kept with the office&apos;s data, for everyone</source>
        <translation>事務局のデータとともに保存され、全員に適用されます</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No prospects: every city recorded already has relations with us.</source>
        <translation>候補はありません。記録されたすべての都市とすでに関係があります。</translation>
    </message>
    <message>
        <source>&amp;Start relations with this city</source>
        <translation>この都市との関係を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Moves the city into the relationship record, at contact level, and opens it</source>
        <translation>都市を交流記録に移し（接触レベル）、開きます</translation>
    </message>
    <message>
        <source>{city}: {score} of 100 ({parts}).</source>
        <translation>{city}: 100点中{score}点（{parts}）。</translation>
    </message>
    <message>
        <source>Keep the weights</source>
        <translation>重みの保存</translation>
    </message>
    <message>
        <source>Start relations</source>
        <translation>関係の開始</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Only what this bureau of our government leads or answers for</source>
        <translation>この局が主管・担当するものだけ</translation>
    </message>
    <message>
        <source>Any bureau</source>
        <translation>すべての局</translation>
    </message>
    <message>
        <source>Cha&amp;nge history</source>
        <translation>変更履歴(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Add a new record</source>
        <translation>新しいレコードを追加します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>変更を保存します</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the unsaved changes</source>
        <translation>保存していない変更を取り消します</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>選んだレコードを削除します</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Read the list again from the database (F5)</source>
        <translation>データベースから一覧を読み直します（F5）</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>「{text}」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Nothing here yet. Add the first one with New (Ctrl+N).</source>
        <translation>まだ何もありません。新規（Ctrl+N）で最初の一件を追加してください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {name}?</source>
        <translation>{name}への保存していない変更を破棄しますか？</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>新しい{what}</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs attention.</source>
        <translation>保存されていません: 1項目を確認してください。</translation>
    </message>
    <message>
        <source>Not saved: {n} fields need attention.</source>
        <translation>保存されていません: {n}項目を確認してください。</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name}を追加</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name}を編集</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name}を保存しました。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete {name}? You can undo this with Ctrl+Z.</source>
        <translation>{name}を削除しますか？Ctrl+Zで元に戻せます。</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name}を削除</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>RefInput</name>
    <message>
        <source>Nothing called “{text}” was found; pick one from the list.</source>
        <translation>「{text}」は見つかりませんでした。一覧から選んでください。</translation>
    </message>
</context>
<context>
    <name>RelatedList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what}を追加</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name}を編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove {name}? You can undo this with Ctrl+Z.</source>
        <translation>{name}を削除しますか？Ctrl+Zで元に戻せます。</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name}を削除</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>&amp;Portfolio report…</source>
        <translation>交流状況レポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Partners, networks, targets with charts, commitments, meetings</source>
        <translation>交流都市、都市ネットワーク、目標とグラフ、約束事項、会談</translation>
    </message>
    <message>
        <source>All &amp;meetings…</source>
        <translation>全会談(&amp;M)…</translation>
    </message>
    <message>
        <source>Every meeting in one workbook (confidential ones only if asked for)</source>
        <translation>すべての会談を一つのブックに（秘の会談は指定した場合のみ）</translation>
    </message>
    <message>
        <source>All c&amp;ommitments…</source>
        <translation>すべての約束事項(&amp;O)…</translation>
    </message>
    <message>
        <source>Every commitment in one workbook (those of confidential meetings only if asked for)</source>
        <translation>すべての約束事項を一つのワークブックに（秘扱いの会談のものは指定したときのみ）</translation>
    </message>
    <message>
        <source>Trip briefings are exported from the Trips page (Ctrl+Shift+E).</source>
        <translation>出張の説明資料は出張・来訪のページから出力します（Ctrl+Shift+E）。</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Import &amp;counterparts…</source>
        <translation>相手方を取り込む(&amp;C)…</translation>
    </message>
    <message>
        <source>From an Excel list</source>
        <translation>Excelの一覧から</translation>
    </message>
    <message>
        <source>Import c&amp;ities…</source>
        <translation>都市を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Blank template for counterparts…</source>
        <translation>相手方の空のひな形…</translation>
    </message>
    <message>
        <source>Blank template for cities…</source>
        <translation>都市の空のひな形…</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>交流状況レポート</translation>
    </message>
    <message>
        <source>Writing the portfolio report…</source>
        <translation>交流状況レポートを書き出しています…</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>全会談</translation>
    </message>
    <message>
        <source>Writing meetings…</source>
        <translation>会談を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote {n} meetings.</source>
        <translation>{n}件の会談を書き出しました。</translation>
    </message>
    <message>
        <source>Wrote 1 meeting.</source>
        <translation>1件の会談を書き出しました。</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>すべての約束事項</translation>
    </message>
    <message>
        <source>Writing commitments…</source>
        <translation>約束事項を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote 1 commitment.</source>
        <translation>約束事項1件を書き出しました。</translation>
    </message>
    <message>
        <source>Wrote {n} commitments.</source>
        <translation>約束事項{n}件を書き出しました。</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>空のひな形</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation>{what}の取り込み</translation>
    </message>
    <message>
        <source>The file changed since the preview; nothing was imported. Try again.</source>
        <translation>確認後にファイルが変更されたため、何も取り込んでいません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Imported {n} {what}.</source>
        <translation>{what}を{n}件取り込みました。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {name}. A copy of the file as it is now is kept first, so the restore can be undone the same way.</source>
        <translation>{name}と置き換えるバックアップを選んでください。現在のファイルのコピーを先に残すので、同じ方法で元に戻せます。</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>このファイルのバックアップはまだありません。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review old sensitive notes</source>
        <translation>古い要配慮メモの見直し</translation>
    </message>
    <message>
        <source>These people left office more than five years ago and we still hold dietary or protocol notes about them. Open each one and clear the notes that are no longer needed, or erase the person.</source>
        <translation>以下の人は退任して5年以上たちますが、食事や儀典のメモが残っています。一人ずつ開いて不要なメモを消すか、その人のデータを消去してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Left office</source>
        <translation>退任</translation>
    </message>
    <message>
        <source>Notes held</source>
        <translation>保有するメモ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>見直すものはありません。</translation>
    </message>
</context>
<context>
    <name>RouteInput</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Visit the selected city earlier</source>
        <translation>選んだ都市を先に訪問します</translation>
    </message>
    <message>
        <source>Visit the selected city later</source>
        <translation>選んだ都市を後に訪問します</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Which cities count</source>
        <translation>算入する都市</translation>
    </message>
    <message>
        <source>any of these</source>
        <translation>次のいずれか</translation>
    </message>
    <message>
        <source>all of these</source>
        <translation>次のすべて</translation>
    </message>
    <message>
        <source>An &amp;agreement in force,</source>
        <translation>有効な協定(&amp;A)、</translation>
    </message>
    <message>
        <source>of any kind</source>
        <translation>種類を問わない</translation>
    </message>
    <message>
        <source>A &amp;meeting in the last</source>
        <translation>会談(&amp;M)：最近</translation>
    </message>
    <message>
        <source>A &amp;visit in the last</source>
        <translation>訪問(&amp;V)：最近</translation>
    </message>
    <message>
        <source>either way</source>
        <translation>双方向</translation>
    </message>
    <message>
        <source>ours, there</source>
        <translation>当方から先方へ</translation>
    </message>
    <message>
        <source>theirs, here</source>
        <translation>先方から当方へ</translation>
    </message>
    <message>
        <source>Relationship &amp;level</source>
        <translation>関係の段階(&amp;L)</translation>
    </message>
    <message>
        <source>A city counts with</source>
        <translation>算入の条件</translation>
    </message>
    <message>
        <source>level or above</source>
        <translation>以上の段階</translation>
    </message>
    <message>
        <source>or above, from the day it was recorded</source>
        <translation>以上（記録した日から）</translation>
    </message>
    <message>
        <source>This target&apos;s rule nests conditions in a way this editor does not show: “{words}”. It is kept as it is unless you tick conditions here.</source>
        <translation>この目標の規則は、この画面で表示できない形で条件が入れ子になっています：「{words}」。ここで条件を選ばない限り、そのまま残します。</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find a city, person, agreement, trip or meeting — any script</source>
        <translation>都市、人、協定、出張、会談を検索（どの文字でも）</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓で選択、Enterで開く、Escで閉じる</translation>
    </message>
    <message>
        <source>{n} found. Enter opens the highlighted one.</source>
        <translation>{n}件見つかりました。Enterで選択中のものを開きます。</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>「{text}」は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>SeatingTab</name>
    <message>
        <source>Keep each delegation at one table</source>
        <translation>代表団ごとに一つのテーブルにまとめる</translation>
    </message>
    <message>
        <source>&amp;Propose from precedence</source>
        <translation>席次から案を作成(&amp;P)</translation>
    </message>
    <message>
        <source>Seat everyone again from the order of precedence in this layout</source>
        <translation>この配置で、席次から全員の席を決め直します</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル数</translation>
    </message>
    <message>
        <source>Seats a table</source>
        <translation>1卓の席数</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>確認済みにする(&amp;K)…</translation>
    </message>
    <message>
        <source>Drag a person onto another seat, or: arrow keys to a seat, Space to pick, Space on another seat to swap. Ctrl+Z undoes.</source>
        <translation>人を別の席へドラッグするか、矢印キーで席を選び、Spaceで選択し、別の席でSpaceを押すと入れ替わります。Ctrl+Zで元に戻せます。</translation>
    </message>
    <message>
        <source>Saved with the meeting.</source>
        <translation>会談とともに保存しています。</translation>
    </message>
    <message>
        <source>Proposed from the order of precedence; a change saves it.</source>
        <translation>席次から作成した案です。変更すると保存します。</translation>
    </message>
    <message>
        <source>acknowledged: {note}</source>
        <translation>確認済み：{note}</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>問題はありません。</translation>
    </message>
    <message>
        <source>Swap seats</source>
        <translation>席の入れ替え</translation>
    </message>
    <message>
        <source>Propose a seating plan</source>
        <translation>席次表の案の作成</translation>
    </message>
    <message>
        <source>Keep delegations together</source>
        <translation>代表団をまとめる</translation>
    </message>
    <message>
        <source>Save the seating plan</source>
        <translation>席次表の保存</translation>
    </message>
    <message>
        <source>Acknowledge a seating warning</source>
        <translation>席次の注意の確認</translation>
    </message>
</context>
<context>
    <name>ServerUrlDialog</name>
    <message>
        <source>Connect to the shared server</source>
        <translation>共有サーバーに接続</translation>
    </message>
    <message>
        <source>Server URL, for example postgresql+psycopg://officer@server/citydesk:</source>
        <translation>サーバーのURL（例：postgresql+psycopg://officer@server/citydesk）：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>A record&apos;s tabs</source>
        <translation>記録のタブ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Alt with an underlined letter also reaches a menu, a tab or a field.</source>
        <translation>Alt と下線付きの文字でも、メニュー、タブ、項目に移れます。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Show &amp;former staff</source>
        <translation>退職者も表示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>&amp;Milestones, one a line (day: cities)</source>
        <translation>中間目標(&amp;M)（1行に1つ、日付: 都市数）</translation>
    </message>
    <message>
        <source>A city counts with {rule}.</source>
        <translation>{rule}がある都市を算入します。</translation>
    </message>
    <message>
        <source>Tick at least one condition.</source>
        <translation>条件を一つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>&amp;Target:</source>
        <translation>目標(&amp;T)：</translation>
    </message>
    <message>
        <source>Progress is computed from the records, never typed in: agreements in force, meetings and visits with their dates, and relationship levels from the day they were recorded (the audit trail keeps their history).</source>
        <translation>進捗は入力ではなく記録から算出します：有効な協定、会談と訪問の日付、記録された日からの関係の段階（変更履歴に経過が残ります）。</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>What would make it count</source>
        <translation>算入されるための条件</translation>
    </message>
    <message>
        <source>No targets recorded. Targets come with the strategy (see the demo database).</source>
        <translation>目標は記録されていません。目標は戦略とともに設定します（デモデータベースを参照）。</translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation>新しい目標(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation>目標を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation>目標を削除(&amp;D)</translation>
    </message>
    <message>
        <source>The progress could not be worked out; F5 tries again.</source>
        <translation>進捗を算出できませんでした。F5で再試行します。</translation>
    </message>
    <message>
        <source>Working out the progress toward each target…</source>
        <translation>目標ごとの進捗を算出しています…</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新しい目標</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>目標を追加</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title}を編集</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>目標の削除</translation>
    </message>
    <message>
        <source>Delete the target “{title}”? Undo (Ctrl+Z) brings it back.</source>
        <translation>目標「{title}」を削除しますか？元に戻す（Ctrl+Z）で戻せます。</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>{title}を削除</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not reached, {n} short</source>
        <translation>未達成（あと{n}）</translation>
    </message>
    <message>
        <source>at the deadline {day}</source>
        <translation>期限の{day}時点で</translation>
    </message>
    <message>
        <source>on {day}, deadline {deadline}</source>
        <translation>{day}時点（期限{deadline}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{reached}&lt;/b&gt; of &lt;b&gt;{goal}&lt;/b&gt; cities {when}: &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{state}&lt;/b&gt;&lt;/span&gt;.</source>
        <translation>{when}&lt;b&gt;{goal}&lt;/b&gt;都市中&lt;b&gt;{reached}&lt;/b&gt;都市：&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{state}&lt;/b&gt;&lt;/span&gt;。</translation>
    </message>
    <message>
        <source>{n} count today.</source>
        <translation>本日時点では{n}都市。</translation>
    </message>
    <message>
        <source>Milestones: {marks}</source>
        <translation>中間目標：{marks}</translation>
    </message>
    <message>
        <source>A city counts with {rule}.</source>
        <translation>{rule}がある都市を算入します。</translation>
    </message>
    <message>
        <source>Cities counting today ({n})</source>
        <translation>本日算入される都市（{n}）</translation>
    </message>
    <message>
        <source>One step away ({n})</source>
        <translation>あと一歩の都市（{n}）</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <source>Gift declaration threshold</source>
        <translation>贈答品の届出基準額</translation>
    </message>
    <message>
        <source>Received gifts worth more than this many yen are flagged until their declaration is recorded:</source>
        <translation>この金額（円）を超える受領品は、届出を記録するまで表示されます：</translation>
    </message>
</context>
<context>
    <name>TimelineTable</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <source>Trips</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>予定表を出力(&amp;E)…</translation>
    </message>
    <message>
        <source>The itinerary as a calendar file for Outlook or Google (Ctrl+E)</source>
        <translation>日程をOutlookやGoogle用の予定表ファイルに出力します（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Copy trip…</source>
        <translation>出張をコピー(&amp;C)…</translation>
    </message>
    <message>
        <source>Plan a new trip or a return visit from this one</source>
        <translation>この出張をもとに新しい出張や答礼訪問を計画します</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>説明資料(&amp;B)…</translation>
    </message>
    <message>
        <source>The trip&apos;s briefing workbook for Excel (Ctrl+Shift+E)</source>
        <translation>出張の説明資料をExcelで出力します（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Briefing as P&amp;DF…</source>
        <translation>説明資料を PDF で出力(&amp;D)…</translation>
    </message>
    <message>
        <source>The same briefing book as a PDF file, with no office program needed</source>
        <translation>同じ説明資料を PDF ファイルで出力します（Office ソフトは不要です）</translation>
    </message>
    <message>
        <source>&amp;Print preview of the briefing…</source>
        <translation>説明資料の印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>派遣・受入とも</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>すべての都市</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>当方</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来訪者</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>No one in the delegation yet. Add people with Add….</source>
        <translation>団員はまだいません。追加…で追加してください。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>費目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円換算</translation>
    </message>
    <message>
        <source>No budget lines yet.</source>
        <translation>予算項目はまだありません。</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>No local contacts yet: the embassy, a liaison officer, interpreters.</source>
        <translation>現地の連絡先はまだありません（大使館、連絡担当者、通訳など）。</translation>
    </message>
    <message>
        <source>De&amp;legation</source>
        <translation>団員(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Itinerary</source>
        <translation>日程(&amp;I)</translation>
    </message>
    <message>
        <source>Day b&amp;y day</source>
        <translation>日ごと(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>注意(&amp;W)</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>連絡先(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>予算(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Government</source>
        <translation>国との調整(&amp;G)</translation>
    </message>
    <message>
        <source>Le&amp;ssons</source>
        <translation>教訓(&amp;S)</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>レートなし</translation>
    </message>
    <message>
        <source>&amp;Warnings ({n})</source>
        <translation>注意(&amp;W)（{n}）</translation>
    </message>
    <message>
        <source>1 person: {ours} ours, {theirs} visiting.</source>
        <translation>1人：当方{ours}人、来訪{theirs}人。</translation>
    </message>
    <message>
        <source>{n} people: {ours} ours, {theirs} visiting.</source>
        <translation>{n}人：当方{ours}人、来訪{theirs}人。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>予定表の出力</translation>
    </message>
    <message>
        <source>The calendar could not be written: {error}. Nothing else changed.</source>
        <translation>予定表を書き込めませんでした：{error}。ほかは何も変更していません。</translation>
    </message>
    <message>
        <source>Wrote 1 event to {path}</source>
        <translation>1件の予定を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Wrote {n} events to {path}</source>
        <translation>{n}件の予定を{path}に書き出しました</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>説明資料を書き出しています…</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>説明資料の出力</translation>
    </message>
    <message>
        <source>The briefing could not be written: {error}. No file was changed.</source>
        <translation>説明資料を書き込めませんでした：{error}。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Briefing as PDF</source>
        <translation>説明資料を PDF で出力</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}. No file was changed.</source>
        <translation>PDF を書き込めませんでした: {error}。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>印刷プレビュー: {title}</translation>
    </message>
    <message>
        <source>Copy trip</source>
        <translation>出張のコピー</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Show &amp;acknowledged warnings</source>
        <translation>確認済みの注意も表示(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>確認済みにする(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation>確認を取り消す(&amp;W)</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Too close</source>
        <translation>間隔不足</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <source>Outside the trip</source>
        <translation>出張期間外</translation>
    </message>
    <message>
        <source>1 warning to look at.</source>
        <translation>確認が必要な警告が1件あります。</translation>
    </message>
    <message>
        <source>{n} warnings to look at.</source>
        <translation>確認が必要な警告が{n}件あります。</translation>
    </message>
    <message>
        <source>No open warnings: the programme holds together.</source>
        <translation>未確認の注意はありません。日程に問題はありません。</translation>
    </message>
    <message>
        <source>{n} acknowledged, hidden.</source>
        <translation>確認済み{n}件は非表示。</translation>
    </message>
    <message>
        <source>Acknowledge warning</source>
        <translation>注意の確認</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>確認の取り消し</translation>
    </message>
</context>
<context>
    <name>WorldCityDialog</name>
    <message>
        <source>New city</source>
        <translation>新しい都市</translation>
    </message>
    <message>
        <source>Type the city&apos;s name in any script (Wien, Москва, 서울, 東京). Country, time zone, coordinates and names are filled in for you.</source>
        <translation>都市名をどの文字でも入力してください（Wien、Москва、서울、東京）。国、タイムゾーン、座標、名称が自動で入ります。</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>都市名</translation>
    </message>
    <message>
        <source>&amp;Use this city</source>
        <translation>この都市を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Enter by &amp;hand</source>
        <translation>手入力する(&amp;H)</translation>
    </message>
    <message>
        <source>No city of over 15,000 people starts with “{text}”. You can enter it by hand.</source>
        <translation>「{text}」で始まる人口15,000人以上の都市はありません。手入力できます。</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>Click to open the city.</source>
        <translation>クリックで都市を開きます。</translation>
    </message>
</context>
<context>
    <name>WrappingTabs</name>
    <message>
        <source>Next tab</source>
        <translation>次のタブ</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>前のタブ</translation>
    </message>
</context>
<context>
    <name>_CalendarInput</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Someone else changed this record while you were editing it. Nothing was saved. Reload the record (F5) to see their change, then make yours again.</source>
        <translation>編集中に他の人がこのレコードを変更しました。保存していません。レコードを再読み込み（F5）して変更を確認してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>The database refused the change because it would break a rule that keeps the data consistent. Nothing was saved.</source>
        <translation>データの整合性を保つ規則に反するため、データベースが変更を受け付けませんでした。保存していません。</translation>
    </message>
    <message>
        <source>The server does not let you make this change: your access does not include it (for example, you may only read, or the record is confidential). Nothing was saved. An administrator can change your access.</source>
        <translation>サーバーがこの変更を許可しませんでした。権限がありません（閲覧のみ、または秘のレコードなど）。保存していません。権限は管理者が変更できます。</translation>
    </message>
    <message>
        <source>The database could not be reached or refused the change. Nothing was saved. Check the connection and try again.</source>
        <translation>データベースに接続できないか、変更が受け付けられませんでした。保存していません。接続を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>{error}

The newest backup of this file, {name}, was made on {when}. Restore it? The file as it is now is kept beside it.</source>
        <translation>{error}

このファイルの最新のバックアップ（{name}）は{when}に作成されています。復元しますか？現在のファイルはその横に残します。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョンを表示して終了します</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数です: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r は選べません（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r は %(type)s の値として正しくありません</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を一つ指定してください</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{temp} was still in use; {target} is unchanged.</source>
        <translation>{temp}がまだ使用中でした。{target}は変更していません。</translation>
    </message>
    <message>
        <source>{what}: {error}.</source>
        <translation>{what}：{error}。</translation>
    </message>
    <message>
        <source>The copy {name} cannot be read back</source>
        <translation>コピー{name}を読み戻せません</translation>
    </message>
    <message>
        <source>The copy {name} failed its integrity check: {verdict}.</source>
        <translation>コピー{name}は整合性チェックに失敗しました：{verdict}。</translation>
    </message>
    <message>
        <source>The copy {name} does not hold the same rows as the database (tables {tables}).</source>
        <translation>コピー{name}の行がデータベースと一致しません（表：{tables}）。</translation>
    </message>
    <message>
        <source>{source} could not be copied: {error}. Nothing was changed.</source>
        <translation>{source}をコピーできませんでした：{error}。何も変更していません。</translation>
    </message>
    <message>
        <source>There is no database at {source} to back up.</source>
        <translation>{source}にバックアップするデータベースがありません。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies; choose another file.</source>
        <translation>バックアップで元のデータベース自体を置き換えることはできません。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The backup could not be written to {dest}: {error}. The database itself is unchanged.</source>
        <translation>バックアップを{dest}に書き込めませんでした：{error}。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>There is no backup at {backup}.</source>
        <translation>{backup}にバックアップがありません。</translation>
    </message>
    <message>
        <source>That file is the database itself; choose one of its backups.</source>
        <translation>そのファイルはデータベースそのものです。バックアップの一つを選んでください。</translation>
    </message>
    <message>
        <source>{name} is not a readable database</source>
        <translation>{name}は読み込めるデータベースではありません</translation>
    </message>
    <message>
        <source>{name} failed its integrity check ({verdict}); nothing was restored.</source>
        <translation>{name}は整合性チェックに失敗しました（{verdict}）。何も復元していません。</translation>
    </message>
    <message>
        <source> A copy made before the last upgrade is kept at {backup}; File &gt; Restore from backup… (or `restore --db`) puts it back.</source>
        <translation>前回の更新前のコピーを{backup}に保管しています。ファイル＞バックアップから復元…（または `restore --db`）で戻せます。</translation>
    </message>
</context>
<context>
    <name>book</name>
    <message>
        <source>Briefing book</source>
        <translation>出張説明資料</translation>
    </message>
    <message>
        <source>INTERNAL — for official use</source>
        <translation>取扱注意（庁内限り）</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — contains confidential meetings and sensitive notes</source>
        <translation>秘 — 秘扱いの会談及び機微な個人情報を含む</translation>
    </message>
    <message>
        <source>{officer}, {moment}</source>
        <translation>{officer}（{moment}）</translation>
    </message>
    <message>
        <source>{trip} — version {version}, {moment}</source>
        <translation>{trip} — 第{version}版 {moment}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>表紙</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>団長</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>往来の別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>秘密区分</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation>関連する政策目標</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count}名</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1人</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>As known on</source>
        <translation>記載内容の時点</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>現地時間</translation>
    </message>
    <message>
        <source>Tokyo time</source>
        <translation>東京時間</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>ホテル</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Meeting briefs</source>
        <translation>会談資料</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>{moment} (Tokyo time {time})</source>
        <translation>{moment}（東京時間 {time}）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>格</translation>
    </message>
    <message>
        <source>Language and interpretation</source>
        <translation>使用言語・通訳</translation>
    </message>
    <message>
        <source>Purpose and agenda</source>
        <translation>目的・議題</translation>
    </message>
    <message>
        <source>Their side</source>
        <translation>先方出席者</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>当方出席者</translation>
    </message>
    <message>
        <source>Our history with them</source>
        <translation>これまでの面会</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>発言要領</translation>
    </message>
    <message>
        <source>Commitments open on both sides</source>
        <translation>双方の未了の約束事項</translation>
    </message>
    <message>
        <source>Gifts exchanged before and planned</source>
        <translation>贈答品（過去の授受と今回予定）</translation>
    </message>
    <message>
        <source>Protocol and dietary notes</source>
        <translation>儀典上・食事上の留意点</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>席次</translation>
    </message>
    <message>
        <source>Table or row</source>
        <translation>テーブル・列</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>席</translation>
    </message>
    <message>
        <source>Counterpart profiles</source>
        <translation>面会者略歴</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>In their script</source>
        <translation>現地表記</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Career and notes</source>
        <translation>経歴・備考</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>通訳の要否</translation>
    </message>
    <message>
        <source>Last meetings</source>
        <translation>直近の面会</translation>
    </message>
    <message>
        <source>City profiles</source>
        <translation>都市概要</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係の段階</translation>
    </message>
    <message>
        <source>Partnership since</source>
        <translation>提携開始</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>有効な協定</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Our last visit</source>
        <translation>直近の当方訪問</translation>
    </message>
    <message>
        <source>Their last visit to us</source>
        <translation>直近の先方来訪</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>関係の健全度</translation>
    </message>
    <message>
        <source>{score}/100, {band}</source>
        <translation>{score}/100（{band}）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Rooming</source>
        <translation>部屋割り</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>移動・宿泊</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>区間</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>出発地 → 到着地</translation>
    </message>
    <message>
        <source>Carrier and number</source>
        <translation>運送会社・便名</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>宿泊先</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Check-in – check-out</source>
        <translation>チェックイン～チェックアウト</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認番号</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translation>現地連絡先</translation>
    </message>
    <message>
        <source>Contacts with the national government</source>
        <translation>国との調整</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>相手先</translation>
    </message>
    <message>
        <source>Discussed or requested</source>
        <translation>協議・依頼内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>費目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円換算</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>換算率なし</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>贈呈／受領</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>planned for this trip</source>
        <translation>今回予定</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>There is no trip {id}.</source>
        <translation>出張 {id} はありません。</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>{marking}: {name}</source>
        <translation>【{marking}】{name}</translation>
    </message>
    <message>
        <source>There is no trip {id} (see: list trips).</source>
        <translation>出張 {id} はありません（list trips で確認できます）。</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Kept</source>
        <translation>保有</translation>
    </message>
    <message>
        <source>Displayed</source>
        <translation>展示</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返却</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>改定</translation>
    </message>
    <message>
        <source>To declare</source>
        <translation>要届出</translation>
    </message>
    <message>
        <source>To value</source>
        <translation>要評価</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>届出済</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>青少年交流</translation>
    </message>
    <message>
        <source>Staff secondment</source>
        <translation>職員派遣</translation>
    </message>
    <message>
        <source>Scholarships</source>
        <translation>奨学金</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>研修</translation>
    </message>
    <message>
        <source>Ministry of Foreign Affairs</source>
        <translation>外務省</translation>
    </message>
    <message>
        <source>Another ministry</source>
        <translation>その他の省庁</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Talks across a table</source>
        <translation>会談（テーブルを挟んで）</translation>
    </message>
    <message>
        <source>Banquet at round tables</source>
        <translation>晩餐会（円卓）</translation>
    </message>
    <message>
        <source>Banquet at long tables</source>
        <translation>晩餐会（長卓）</translation>
    </message>
    <message>
        <source>Rows (ceremony or signing)</source>
        <translation>列席（式典・署名式）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Airfare</source>
        <translation>航空運賃</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>式典</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>都市政府</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>総領事館</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>交流</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>協力協定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副首長級</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休止</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>取りやめ</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>大使館</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航空便</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>創設会員</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>フェリー</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由時間</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>友好都市</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>贈呈</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>団長</translation>
    </message>
    <message>
        <source>Head of city</source>
        <translation>首長級</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>宿泊</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>構想</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>受入</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>庁内限り</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>通訳費</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>共同</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>連絡担当者</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>共同声明</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>意向書</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>覚書</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>中央政府</translation>
    </message>
    <message>
        <source>Network body</source>
        <translation>ネットワーク事務局</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>当方</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー都市</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>パートナー都市提携</translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation>日当</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>報道</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>儀典</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>鉄道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>地方政府</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>陸路</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>警備</translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation>幹部級</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>姉妹都市</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>姉妹都市提携</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>随行職員</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>運営委員</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>先方</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>副議長</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>実務者級</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Created the demo database {label} in {seconds} s</source>
        <translation>デモ用データベース {label} を作成しました（{seconds} 秒）</translation>
    </message>
    <message>
        <source>Created the large synthetic database {label} in {seconds} s</source>
        <translation>大規模な試験用データベース {label} を作成しました（{seconds} 秒）</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>不受理</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>{refused} of {total} rows were refused; nothing was imported.</source>
        <translation>{total} 行のうち {refused} 行を受け付けられませんでした。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Rows imported: {count}</source>
        <translation>取り込んだ行数: {count}</translation>
    </message>
    <message>
        <source>Rows that would be imported (dry run): {count}</source>
        <translation>取り込める行数（確認のみ）: {count}</translation>
    </message>
    <message>
        <source>Wrote the portfolio report to {path}</source>
        <translation>ポートフォリオ報告を {path} に出力しました</translation>
    </message>
    <message>
        <source>Wrote {count} meetings to {path}</source>
        <translation>会談 {count} 件を {path} に出力しました</translation>
    </message>
    <message>
        <source>Wrote 1 meeting to {path}</source>
        <translation>1件の会談を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Wrote {count} commitments to {path}</source>
        <translation>約束事項{count}件を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Wrote 1 commitment to {path}</source>
        <translation>約束事項1件を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Wrote the report of fiscal year {year} (projects, programmes and fund, national government, lessons) to {path}</source>
        <translation>{year}年度の報告（プロジェクト、交流事業と基金、国との調整、教訓）を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Wrote the gift register ({n} gifts) to {path}</source>
        <translation>贈答品台帳（{n}件）を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Wrote the import template to {path}</source>
        <translation>取込用の様式を {path} に出力しました</translation>
    </message>
    <message>
        <source>Wrote the record of discussion of “{title}” to {path}</source>
        <translation>「{title}」の会談記録を {path} に出力しました</translation>
    </message>
    <message>
        <source>Wrote the briefing for “{title}” to {path}</source>
        <translation>「{title}」のブリーフィングを {path} に出力しました</translation>
    </message>
    <message>
        <source>Wrote the seating plan of “{title}” to {path}</source>
        <translation>「{title}」の席次表を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Wrote {count} events of “{title}” to {path}</source>
        <translation>「{title}」の予定 {count} 件を {path} に出力しました</translation>
    </message>
    <message>
        <source>Wrote 1 event of “{title}” to {path}</source>
        <translation>「{title}」の予定1件を {path} に書き出しました</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>previous file kept at</source>
        <translation>復元前のファイルの保存先</translation>
    </message>
    <message>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>schema of this program</source>
        <translation>このプログラムのスキーマ</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>データフォルダ</translation>
    </message>
    <message>
        <source>log file</source>
        <translation>ログファイル</translation>
    </message>
    <message>
        <source>program version</source>
        <translation>プログラムのバージョン</translation>
    </message>
    <message>
        <source>none yet: {path} is created and set up at the first start</source>
        <translation>まだありません：初回起動時に {path} を作成します</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Wrote everything held about {kind} {id} to {path}</source>
        <translation>{kind} {id} について保有する情報をすべて {path} に出力しました</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({kind} {id})? [y/N] </source>
        <translation>{name}（{kind} {id}）の個人情報を消去しますか? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>何も消去していません。</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断しました</translation>
    </message>
    <message>
        <source>the server refused: your role&apos;s access does not include this (ask an administrator of the program). Nothing was changed.</source>
        <translation>サーバーに拒否されました。このロールの権限ではこの操作はできません（プログラムの管理者にお問い合わせください）。何も変更していません。</translation>
    </message>
    <message>
        <source>unexpected failure ({error}); details in {log}</source>
        <translation>予期しないエラーが発生しました（{error}）。詳細は {log} をご覧ください</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>エラー: {message}</translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Give the new database&apos;s file with --db PATH.</source>
        <translation>新しいデータベースのファイルを --db PATH で指定してください。</translation>
    </message>
    <message>
        <source>Say which meeting: list precedence --meeting ID.</source>
        <translation>会談を指定してください：list precedence --meeting ID</translation>
    </message>
    <message>
        <source>{year} is not a fiscal year: give one such as 2015.</source>
        <translation>{year} は年度ではありません。2015 のように指定してください。</translation>
    </message>
    <message>
        <source>Give the PostgreSQL server with --db postgresql+psycopg://user@host/database. On SQLite the file&apos;s own permissions decide who may read and change it.</source>
        <translation>PostgreSQL サーバーを --db postgresql+psycopg://user@host/database で指定してください。SQLite では、ファイル自体のアクセス権で閲覧・変更できる人が決まります。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>2 回入力したパスワードが一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>The server refused: only an administrator of the program may do this.</source>
        <translation>サーバーに拒否されました。この操作はプログラムの管理者だけが行えます。</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: give --yes to confirm. Nothing was erased.</source>
        <translation>消去は元に戻せません。確認のため --yes を付けてください。何も消去していません。</translation>
    </message>
    <message>
        <source>this entry has no window; give a command (see --help)</source>
        <translation>この入口には画面がありません。コマンドを指定してください（--help を参照）</translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>database file or SQLAlchemy URL (default: $CITYAPP_DB, else the file in the user data folder)</source>
        <translation>データベースのファイルまたは SQLAlchemy の URL（既定: $CITYAPP_DB、なければユーザーのデータフォルダのファイル）</translation>
    </message>
    <message>
        <source>include confidential meetings and trips and what they make confidential ({marked})</source>
        <translation>秘扱いの会談・出張と、それにより秘となる内容も含めます（{marked}）</translation>
    </message>
    <message>
        <source>include confidential meetings and trips and what they make confidential</source>
        <translation>秘扱いの会談・出張と、それにより秘となる内容も含めます</translation>
    </message>
    <message>
        <source>the file&apos;s language, labels and values (default: that of the messages, see the top-level --lang)</source>
        <translation>ファイルの言語（項目名と値）。既定はメッセージの言語です（コマンドの前の --lang を参照）</translation>
    </message>
    <message>
        <source>{app}: plan trips, log meetings, follow commitments, hand off Excel briefings.</source>
        <translation>{app}: 出張の計画、会談の記録、約束事項の管理、Excel の説明資料の作成。</translation>
    </message>
    <message>
        <source>With no command, the program&apos;s window opens.</source>
        <translation>コマンドを指定しないと、プログラムの画面が開きます。</translation>
    </message>
    <message>
        <source>name recorded in the audit trail (default: OS user)</source>
        <translation>変更履歴に記録する名前（既定: OS のユーザー名）</translation>
    </message>
    <message>
        <source>the language of the window and of the commands&apos; messages (default for the window: the one chosen last, else the system&apos;s; for messages: English)</source>
        <translation>画面とコマンドのメッセージの言語（画面の既定: 前回選んだ言語、なければシステムの言語。メッセージの既定: 英語）</translation>
    </message>
    <message>
        <source>create a demo database</source>
        <translation>デモ用データベースを作成します</translation>
    </message>
    <message>
        <source>Create a database holding the Tokyo demo office, or with --large a synthetic 20-year office.</source>
        <translation>東京のデモ事務所のデータベースを作成します。--large を付けると、20 年分の試験用の大規模データを作成します。</translation>
    </message>
    <message>
        <source>the large synthetic dataset instead of the demo</source>
        <translation>デモの代わりに大規模な試験用データを作成します</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>既存のファイルを置き換えます</translation>
    </message>
    <message>
        <source>seed of the large dataset (deterministic)</source>
        <translation>大規模データの乱数の種（同じ値なら同じデータ）</translation>
    </message>
    <message>
        <source>print records, one a line, tab-separated</source>
        <translation>記録を 1 行に 1 件、タブ区切りで表示します</translation>
    </message>
    <message>
        <source>what to list</source>
        <translation>表示するもの</translation>
    </message>
    <message>
        <source>meetings, counterparts: only those with this text in a name or title</source>
        <translation>会談・相手方: 名前や件名にこの文字を含むものだけ</translation>
    </message>
    <message>
        <source>meetings: only those of this year</source>
        <translation>会談: この年のものだけ</translation>
    </message>
    <message>
        <source>meetings, counterparts: only those of this city</source>
        <translation>会談・相手方: この都市のものだけ</translation>
    </message>
    <message>
        <source>meetings, commitments: only those of this bureau of our government</source>
        <translation>会談・約束事項: この局のものだけ</translation>
    </message>
    <message>
        <source>counterparts: former office holders too</source>
        <translation>相手方: 前任者も含める</translation>
    </message>
    <message>
        <source>precedence: the meeting whose attendees to list, per side in order of precedence</source>
        <translation>precedence：出席者を双方ごとに席次順で一覧する会談</translation>
    </message>
    <message>
        <source>commitments: only those with this status</source>
        <translation>約束事項: この状況のものだけ</translation>
    </message>
    <message>
        <source>commitments: only the overdue ones</source>
        <translation>約束事項: 期限を過ぎたものだけ</translation>
    </message>
    <message>
        <source>commitments: the day that counts as today</source>
        <translation>約束事項: 今日とみなす日</translation>
    </message>
    <message>
        <source>find records by any part of any name, in any script</source>
        <translation>名前の一部から記録を探します（どの文字でも）</translation>
    </message>
    <message>
        <source>what to look for, e.g. москва, 東京, seoul</source>
        <translation>探す語（例: москва、東京、seoul）</translation>
    </message>
    <message>
        <source>at most this many matches (default 50)</source>
        <translation>表示する件数の上限（既定 50）</translation>
    </message>
    <message>
        <source>write files for other programs</source>
        <translation>他のプログラム用のファイルを出力します</translation>
    </message>
    <message>
        <source>a trip&apos;s itinerary as an .ics calendar file</source>
        <translation>出張の日程を .ics の予定表ファイルに出力します</translation>
    </message>
    <message>
        <source>the trip&apos;s id (see list trips)</source>
        <translation>出張の番号（list trips で確認できます）</translation>
    </message>
    <message>
        <source>the calendar file to write</source>
        <translation>出力する予定表ファイル</translation>
    </message>
    <message>
        <source>the calendar and each event are then marked</source>
        <translation>その場合、予定表と各予定に秘と表示します</translation>
    </message>
    <message>
        <source>a trip&apos;s briefing workbook (.xlsx)</source>
        <translation>出張の説明資料（.xlsx）</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>出力するブック</translation>
    </message>
    <message>
        <source>every sheet is then marked</source>
        <translation>その場合、すべてのシートに秘と表示します</translation>
    </message>
    <message>
        <source>what the book knows: records up to the trip&apos;s first day (trip), up to today (today) or up to a day (default: trip for a trip begun, today for one to come)</source>
        <translation>記載する内容の時点: 出張の初日まで（trip）、今日まで（today）、または指定した日まで（既定: 始まった出張は trip、これからの出張は today）</translation>
    </message>
    <message>
        <source>a meeting&apos;s record of discussion (.xlsx)</source>
        <translation>会談の会談記録（.xlsx）</translation>
    </message>
    <message>
        <source>the meeting&apos;s id</source>
        <translation>会談の番号</translation>
    </message>
    <message>
        <source>the page is then marked</source>
        <translation>その場合、ページに秘と表示します</translation>
    </message>
    <message>
        <source>a meeting&apos;s seating chart, order of precedence and place cards (.xlsx)</source>
        <translation>会談の席次表・席次・席札（.xlsx）</translation>
    </message>
    <message>
        <source>the pages are then marked</source>
        <translation>その場合、各ページに表示します</translation>
    </message>
    <message>
        <source>the portfolio report (.xlsx)</source>
        <translation>交流状況レポート（.xlsx）</translation>
    </message>
    <message>
        <source>the day that counts as today</source>
        <translation>今日とみなす日</translation>
    </message>
    <message>
        <source>every meeting in one workbook (.xlsx)</source>
        <translation>すべての会談を一つのブックに（.xlsx）</translation>
    </message>
    <message>
        <source>the sheet is then marked</source>
        <translation>その場合、シートに秘と表示します</translation>
    </message>
    <message>
        <source>every commitment in one workbook (.xlsx)</source>
        <translation>すべての約束事項を一つのワークブックに（.xlsx）</translation>
    </message>
    <message>
        <source>a fiscal year&apos;s projects, programmes and fund, national contacts and lessons (.xlsx)</source>
        <translation>年度のプロジェクト、交流事業と基金、国との調整、教訓（.xlsx）</translation>
    </message>
    <message>
        <source>the fiscal year, named by its April: 2015</source>
        <translation>年度（4月の属する年で指定）: 2015</translation>
    </message>
    <message>
        <source>the gift register for the annual declaration: every gift given and received (.xlsx)</source>
        <translation>年次届出用の贈答品台帳：贈呈・受領したすべての贈答品（.xlsx）</translation>
    </message>
    <message>
        <source>only this fiscal year, named by its April: 2014 (default: every year)</source>
        <translation>この年度のみ（4月の年で指定：2014。既定はすべての年度）</translation>
    </message>
    <message>
        <source>a blank workbook for an import</source>
        <translation>取込用の空の様式</translation>
    </message>
    <message>
        <source>import counterparts or cities from an Excel workbook</source>
        <translation>相手方または都市を Excel のブックから取り込みます</translation>
    </message>
    <message>
        <source>check every row, write nothing</source>
        <translation>すべての行を確認するだけで、何も書き込みません</translation>
    </message>
    <message>
        <source>print figures computed from the data</source>
        <translation>データから集計した数値を表示します</translation>
    </message>
    <message>
        <source>each target: title, deadline, cities reached, cities to reach (tab-separated)</source>
        <translation>目標ごとに: 名称、期限、達成した都市数、目標の都市数（タブ区切り）</translation>
    </message>
    <message>
        <source>Each target on a line: title, deadline, the number of cities reached and the number to reach. The number reached is counted on the --as-of day, or on the deadline once the deadline has passed.</source>
        <translation>目標を 1 行に一つずつ: 名称、期限、達成した都市数、目標の都市数。達成数は --as-of の日に、期限を過ぎた目標は期限の日に数えます。</translation>
    </message>
    <message>
        <source>each fund&apos;s balance by fiscal year: fund, fiscal year, spent, participants, remaining (tab-separated)</source>
        <translation>基金ごとの年度別残高: 基金、年度、支出、参加者数、残高（タブ区切り）</translation>
    </message>
    <message>
        <source>where the program keeps its files, and the database schema</source>
        <translation>プログラムのファイルの保存場所と、データベースのスキーマ</translation>
    </message>
    <message>
        <source>a checked copy of the database file (in its backups folder by default)</source>
        <translation>データベースファイルの確認済みの複製（既定ではバックアップフォルダに作成）</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>複製の保存先</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the current file is kept first)</source>
        <translation>バックアップでデータベースを置き換えます（現在のファイルは先に保存します）</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>復元するバックアップ</translation>
    </message>
    <message>
        <source>access on a shared PostgreSQL server: roles, grants, row-level security</source>
        <translation>共用 PostgreSQL サーバーのアクセス設定: ロール、権限、行単位のセキュリティ</translation>
    </message>
    <message>
        <source>Officers connect to a shared PostgreSQL server as their own roles; the server enforces who may read, change and administer, and who is cleared for confidential content.</source>
        <translation>職員は各自のロールで共用の PostgreSQL サーバーに接続します。閲覧・変更・管理ができる人と、秘扱いの内容を閲覧できる人は、サーバーが制御します。</translation>
    </message>
    <message>
        <source>create the program&apos;s roles and policies (safe to run again)</source>
        <translation>プログラムのロールとポリシーを作成します（繰り返し実行しても問題ありません）</translation>
    </message>
    <message>
        <source>give an officer&apos;s login role access</source>
        <translation>職員のログインロールに権限を付与します</translation>
    </message>
    <message>
        <source>the login role (created if missing)</source>
        <translation>ログインロール（なければ作成します）</translation>
    </message>
    <message>
        <source>also clear them for confidential content</source>
        <translation>秘扱いの内容の閲覧も認めます</translation>
    </message>
    <message>
        <source>ask for a password for the role (none otherwise)</source>
        <translation>ロールのパスワードを尋ねます（指定しなければパスワードなし）</translation>
    </message>
    <message>
        <source>take an officer&apos;s access away</source>
        <translation>職員の権限を取り消します</translation>
    </message>
    <message>
        <source>one person&apos;s data: export all of it, or erase it (APPI, GDPR)</source>
        <translation>個人のデータ: すべての出力、または消去（個人情報保護法、GDPR）</translation>
    </message>
    <message>
        <source>everything held about one person, in a workbook</source>
        <translation>一人について保有するすべての情報をブックに出力します</translation>
    </message>
    <message>
        <source>erase one person&apos;s personal data (meetings are kept with an erased person)</source>
        <translation>一人の個人情報を消去します（会談の記録は、消去された人として残ります）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>確認を求めません</translation>
    </message>
    <message>
        <source>sensitive notes of people out of office for more than five years</source>
        <translation>退任から 5 年を超えた人の要配慮情報</translation>
    </message>
</context>
<context>
    <name>commitments</name>
    <message>
        <source>The commitment is gone; reload the list.</source>
        <translation>約束事項は既にありません。一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>The commitment or the meeting is gone; reload and try again.</source>
        <translation>約束事項か会談が既にありません。再読み込みして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A commitment is carried into a later meeting, not the one it was made in.</source>
        <translation>約束事項は、約束した会談ではなく後の会談に引き継ぎます。</translation>
    </message>
    <message>
        <source>That meeting took place before the commitment was made.</source>
        <translation>その会談は約束事項ができる前に行われています。</translation>
    </message>
    <message>
        <source>The threshold cannot be negative.</source>
        <translation>基準額を負の値にはできません。</translation>
    </message>
</context>
<context>
    <name>commitments export</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会談日</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>担当局</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>書き出しを中止しました。ファイルは作成されていません。</translation>
    </message>
</context>
<context>
    <name>confidentiality</name>
    <message>
        <source>There is no trip {id} (see: list trips).</source>
        <translation>出張{id}はありません（list tripsで確認できます）。</translation>
    </message>
    <message>
        <source>Trip {id} is confidential: it is exported only with confidential content included (--include-confidential, or the box in the export dialog), and the file is then marked {marking}.</source>
        <translation>出張{id}は秘です。秘の内容を含める指定（--include-confidential、または出力画面のチェック）をした場合だけ出力し、ファイルには「{marking}」と表示します。</translation>
    </message>
    <message>
        <source>There is no meeting {id}.</source>
        <translation>会談 {id} はありません。</translation>
    </message>
    <message>
        <source>Meeting {id} is confidential: its record is exported only with confidential content included (--include-confidential, or the box in the export dialog), and the file is then marked {marking}.</source>
        <translation>会談 {id} は秘扱いです。秘扱いの内容を含める場合（--include-confidential、または出力ダイアログのチェック）にだけ記録を出力でき、ファイルには {marking} と表示されます。</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>no venue</source>
        <translation>会場未定</translation>
    </message>
    <message>
        <source>office holder</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>“{first}” arrives at {arrives}, after “{second}” starts at {starts}.</source>
        <translation>「{first}」の到着は{arrives}で、「{second}」の開始（{starts}）より後です。</translation>
    </message>
    <message>
        <source>“{first}” ({at}) and “{second}” ({then}) overlap for the same people.</source>
        <translation>「{first}」（{at}）と「{second}」（{then}）が同じ参加者で重なっています。</translation>
    </message>
    <message>
        <source>Only {gap} minutes between “{first}” ({place}) and “{second}” ({next_place}); allow at least {needed}.</source>
        <translation>「{first}」（{place}）と「{second}」（{next_place}）の間が{gap}分しかありません。{needed}分以上空けてください。</translation>
    </message>
    <message>
        <source>“{title}” is outside working hours at the destination ({at}; working day {starts}–{ends}).</source>
        <translation>「{title}」は訪問先の勤務時間外です（{at}。勤務時間{starts}–{ends}）。</translation>
    </message>
    <message>
        <source>“{title}” falls on a {weekday} ({day}).</source>
        <translation>「{title}」は{weekday}（{day}）です。</translation>
    </message>
    <message>
        <source>“{title}” falls on {holiday}, a public holiday in {country} ({day}).</source>
        <translation>「{title}」は{country}の祝日（{holiday}、{day}）です。</translation>
    </message>
    <message>
        <source>“{title}” is with {name}, whose term as {position} ended on {day}.</source>
        <translation>「{title}」の相手の{name}は、{position}の任期が{day}に終了しています。</translation>
    </message>
    <message>
        <source>“{title}” ({starts} to {ends}) is outside the trip&apos;s dates, {first} to {last}.</source>
        <translation>「{title}」（{starts}～{ends}）は出張期間（{first}～{last}）の外です。</translation>
    </message>
</context>
<context>
    <name>coordination</name>
    <message>
        <source>Embassy or consulate informed before departure</source>
        <translation>出発前に大使館・総領事館へ連絡済み</translation>
    </message>
    <message>
        <source>Ministry of Foreign Affairs informed before the visit</source>
        <translation>来訪前に外務省へ連絡済み</translation>
    </message>
    <message>
        <source>No contact recorded before the first day: record it on the Government tab.</source>
        <translation>初日より前の連絡の記録がありません。「国との調整」タブで記録してください。</translation>
    </message>
    <message>
        <source>Delegation named</source>
        <translation>代表団の決定</translation>
    </message>
    <message>
        <source>In the delegation: {n}</source>
        <translation>代表団: {n}人</translation>
    </message>
    <message>
        <source>Objectives served chosen</source>
        <translation>目標の選択</translation>
    </message>
    <message>
        <source>Itinerary planned</source>
        <translation>日程の作成</translation>
    </message>
    <message>
        <source>Items: {n}</source>
        <translation>項目: {n}</translation>
    </message>
    <message>
        <source>Budget recorded</source>
        <translation>予算の記録</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>SQLite files cannot be shared safely over the network. For a shared office database, use the shared server mode: open a PostgreSQL URL such as postgresql+psycopg://user@server/citydesk (File &gt; Open database, or --db URL).</source>
        <translation>SQLiteファイルはネットワーク上で安全に共有できません。課で共有するデータベースには共有サーバーを使ってください：postgresql+psycopg://user@server/citydesk のようなPostgreSQLのURLを開きます（ファイル＞データベースを開く、または --db URL）。</translation>
    </message>
    <message>
        <source>The database {path} is on a network share. {advice}</source>
        <translation>データベース{path}はネットワーク共有上にあります。{advice}</translation>
    </message>
    <message>
        <source>The database {path} is on a mapped network drive. {advice}</source>
        <translation>データベース{path}はネットワークドライブ上にあります。{advice}</translation>
    </message>
    <message>
        <source>The database {path} is on a network file system ({kind}). {advice}</source>
        <translation>データベース{path}はネットワークファイルシステム（{kind}）上にあります。{advice}</translation>
    </message>
    <message>
        <source>“{target}” is not a database URL the program understands.</source>
        <translation>「{target}」はこのプログラムが扱えるデータベースのURLではありません。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path}はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot use the database {where}: {error}</source>
        <translation>データベース{where}を使用できません：{error}</translation>
    </message>
    <message>
        <source>Cannot open the database {where}: {error}</source>
        <translation>データベース{where}を開けません：{error}</translation>
    </message>
    <message>
        <source>{path} holds tables that City Diplomacy Desk did not create; it is left untouched. Choose another file or an empty database.</source>
        <translation>{path}にはCity Diplomacy Deskが作成していない表があります。ファイルには触れていません。別のファイルか空のデータベースを選んでください。</translation>
    </message>
    <message>
        <source>{path} was last used by a newer version of City Diplomacy Desk (schema {revision}); it is left untouched. Update the program to open it.</source>
        <translation>{path}は新しいバージョンのCity Diplomacy Desk（スキーマ{revision}）で使われました。ファイルには触れていません。開くにはプログラムを更新してください。</translation>
    </message>
    <message>
        <source>{path} is not a City Diplomacy Desk database; nothing was restored.</source>
        <translation>{path}はCity Diplomacy Deskのデータベースではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>The program cannot {what} a shared server database itself. On the server, use PostgreSQL&apos;s own tools: {command} to back up, and pg_restore to put a dump back. Ask the server&apos;s administrator if unsure.</source>
        <translation>共有サーバーのデータベースの{what}は、このプログラムではできません。サーバー上でPostgreSQLのツールを使ってください：バックアップは {command}、ダンプの復元は pg_restore です。わからない場合はサーバーの管理者にお尋ねください。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path}にデータベースがありません。</translation>
    </message>
    <message>
        <source>{path} is empty: it holds no City Diplomacy Desk database. It was left as it is.</source>
        <translation>{path}は空で、City Diplomacy Deskのデータベースではありません。そのままにしています。</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this version&apos;s schema, but the file is read-only. Open a copy you may write to.</source>
        <translation>{path}はこのバージョンのスキーマへの更新が必要ですが、読み取り専用です。書き込めるコピーを開いてください。</translation>
    </message>
    <message>
        <source>{error} The upgrade did not start; {path} is unchanged.</source>
        <translation>{error} 更新は始めていません。{path}は変更されていません。</translation>
    </message>
    <message>
        <source>{error}{backup}</source>
        <translation>{error}{backup}</translation>
    </message>
    <message>
        <source>The upgrade of {path} failed ({error}); the file is as it was.{backup}</source>
        <translation>{path}の更新に失敗しました（{error}）。ファイルは元のままです。{backup}</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved. Open a copy you may change, or ask for write access to the file.</source>
        <translation>データベースは読み取り専用です。保存していません。変更できるコピーを開くか、ファイルへの書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and save again.</source>
        <translation>ディスクがいっぱいです。保存していません。空き容量を確保してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Another program is holding the database: nothing was saved. Wait a moment and save again.</source>
        <translation>他のプログラムがデータベースを使用中です。保存していません。少し待ってから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>{path} is not a City Diplomacy Desk database (it is not a SQLite file); it is left untouched.</source>
        <translation>{path}はCity Diplomacy Deskのデータベースではありません（SQLiteファイルではありません）。ファイルには触れていません。</translation>
    </message>
    <message>
        <source>Cannot open or create {path}: the folder is missing or not writable.</source>
        <translation>{path}を開くことも作成することもできません。フォルダーがないか、書き込めません。</translation>
    </message>
    <message>
        <source>{path} is locked by another program. Close it there and try again.</source>
        <translation>{path}は他のプログラムがロックしています。そちらで閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full or failing. Nothing was changed.</source>
        <translation>{path}に書き込めません。ディスクがいっぱいか、故障しています。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Cannot replace {path}: it is open in another program. Close it and try again.</source>
        <translation>{path} は他のプログラムで開かれているため置き換えられません。閉じてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot replace {path}: {error}.</source>
        <translation>{path} を置き換えられません: {error}。</translation>
    </message>
    <message>
        <source>{path} already exists. Give --force to replace it with the demo database.</source>
        <translation>{path} は既にあります。デモ用データベースで置き換える場合は --force を付けてください。</translation>
    </message>
    <message>
        <source>The database {label} already holds data; the demo goes only into an empty database.</source>
        <translation>データベース {label} には既にデータがあります。デモは空のデータベースにのみ作成できます。</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>No document is recorded.</source>
        <translation>文書は記録されていません。</translation>
    </message>
    <message>
        <source>The path holds control characters.</source>
        <translation>パスに制御文字が含まれています。</translation>
    </message>
    <message>
        <source>“{suffix}” files</source>
        <translation>「{suffix}」ファイル</translation>
    </message>
    <message>
        <source>Files without a type</source>
        <translation>種類のないファイル</translation>
    </message>
    <message>
        <source>{kind} are not opened from here: only documents (PDF, Office, OpenDocument, images, text, e-mail) are, so that no program is started from a stored path.</source>
        <translation>{kind}はここからは開きません。保存されたパスからプログラムが起動しないよう、開くのは文書（PDF、Office、OpenDocument、画像、テキスト、メール）だけです。</translation>
    </message>
    <message>
        <source>The document is on another computer; opening it contacts that computer.</source>
        <translation>文書は別のコンピューターにあります。開くとそのコンピューターに接続します。</translation>
    </message>
    <message>
        <source>The path is not complete (it does not start at a drive or folder root); edit the agreement to give the full path.</source>
        <translation>パスが完全ではありません（ドライブやフォルダーのルートから始まっていません）。協定を編集して完全なパスを入力してください。</translation>
    </message>
    <message>
        <source>The document is not there. It may have been moved, or the drive is not connected.</source>
        <translation>文書が見つかりません。移動されたか、ドライブが接続されていない可能性があります。</translation>
    </message>
    <message>
        <source>The path leads to a file that is not a document.</source>
        <translation>パスの先は文書ではないファイルです。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside the program: {what}.

Your saved data is safe: every change is stored as one complete step, and an interrupted step is undone. The program keeps running.

The details were written to {log}. If it happens again, send that file to your support desk.</source>
        <translation>プログラム内部で問題が起きました：{what}。

保存済みのデータは安全です。変更は一つのまとまった処理として保存され、中断した処理は取り消されます。プログラムはこのまま使えます。

詳しい情報を{log}に書き出しました。再び起きた場合は、このファイルをサポート窓口に送ってください。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダ {folder} がありません。</translation>
    </message>
    <message>
        <source>{name} is open in another program (Excel, Outlook or a PDF reader?). Close it and export again; the existing file was left as it was.</source>
        <translation>{name} は他のプログラム（Excel、Outlook、PDF ビューアーなど）で開かれています。閉じてからもう一度出力してください。既存のファイルはそのままです。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>tense</source>
        <translation>緊張</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>冷ややか</translation>
    </message>
    <message>
        <source>businesslike</source>
        <translation>事務的</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>友好的</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>温かい</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG image.</source>
        <translation>写真は PNG か JPEG の画像にしてください。</translation>
    </message>
    <message>
        <source>The photo is {size} MB; choose one of at most {most} MB.</source>
        <translation>写真が {size} MB あります。{most} MB 以下のものを選んでください。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}は必須です。</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {most}).</source>
        <translation>{label}が長すぎます（{length}文字。上限は{most}文字です）。</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address (name@example.org).</source>
        <translation>{value}はメールアドレスではありません（例：name@example.org）。</translation>
    </message>
    <message>
        <source>{value} is not an ISO country code.</source>
        <translation>{value}はISO国コードではありません。</translation>
    </message>
    <message>
        <source>{value} is not a time zone (for example Europe/Berlin).</source>
        <translation>{value}はタイムゾーンではありません（例：Europe/Berlin）。</translation>
    </message>
    <message>
        <source>{label} must be an amount of money.</source>
        <translation>{label}には金額を入力してください。</translation>
    </message>
    <message>
        <source>{label} is a whole amount (no decimals).</source>
        <translation>{label}は整数で入力してください（小数は使えません）。</translation>
    </message>
    <message>
        <source>{label} must be a number (not {value}).</source>
        <translation>{label}には数値を入力してください（{value}は使えません）。</translation>
    </message>
    <message>
        <source>{label} must be at least {least}.</source>
        <translation>{label}は{least}以上にしてください。</translation>
    </message>
    <message>
        <source>{label} must be at most {most}.</source>
        <translation>{label}は{most}以下にしてください。</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}.</source>
        <translation>{value}は選択肢にありません（{allowed}）。</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value}は日付ではありません。</translation>
    </message>
    <message>
        <source>{value} is not a date and time.</source>
        <translation>{value}は日時ではありません。</translation>
    </message>
    <message>
        <source>{value} is not a time of day.</source>
        <translation>{value}は時刻ではありません。</translation>
    </message>
    <message>
        <source>{label} must be a list of records.</source>
        <translation>{label}にはレコードの一覧を指定してください。</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation>現地語表記</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>地域・州</translation>
    </message>
    <message>
        <source>Holidays of region</source>
        <translation>祝日の地域</translation>
    </message>
    <message>
        <source>the state or region whose public holidays the city keeps: BE for Berlin, BY for Bavaria, QC for Quebec, NSW for New South Wales</source>
        <translation>都市が従う祝日の州・地域のコード: ベルリンは BE、バイエルンは BY、ケベックは QC、ニューサウスウェールズは NSW</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Relationship level</source>
        <translation>関係の段階</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>1 is highest</source>
        <translation>1が最も高い</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>No regional holidays are known for {country}: leave this empty.</source>
        <translation>{country} の地域別の祝日は登録されていません。空欄にしてください。</translation>
    </message>
    <message>
        <source>{code} is not a region of {country}; known: {known}.</source>
        <translation>{code} は {country} の地域ではありません。登録済み: {known}。</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <source>Family name (own script)</source>
        <translation>姓（本国表記）</translation>
    </message>
    <message>
        <source>Given name (own script)</source>
        <translation>名（本国表記）</translation>
    </message>
    <message>
        <source>Reading (katakana)</source>
        <translation>カタカナ表記</translation>
    </message>
    <message>
        <source>the name as Japanese write it in katakana; Japanese lists sort by it</source>
        <translation>日本語で書くときのカタカナの名前。日本語の一覧はこの順（五十音順）に並びます</translation>
    </message>
    <message>
        <source>Family name written first</source>
        <translation>姓を先に書く</translation>
    </message>
    <message>
        <source>as in Japanese, Chinese and Korean names</source>
        <translation>日本・中国・韓国の名前と同じ順</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>呼びかけ方</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Office (precedence)</source>
        <translation>職位（席次）</translation>
    </message>
    <message>
        <source>from Tools &gt; Order of precedence</source>
        <translation>ツール＞席次 から選択</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属機関</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>任期開始</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>for example ko, en</source>
        <translation>例：ko, en</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>通訳が必要</translation>
    </message>
    <message>
        <source>Dietary notes</source>
        <translation>食事の配慮</translation>
    </message>
    <message>
        <source>Protocol notes</source>
        <translation>儀典上の留意点</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>a PNG or JPEG file, for briefings</source>
        <translation>PNG か JPEG のファイル（説明資料に使います）</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>任期の終了日は開始日より前にできません。</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation>日本語の氏名</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>in katakana; Japanese lists sort by it</source>
        <translation>カタカナで。日本語の一覧はこの順（五十音順）に並びます</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>In office since</source>
        <translation>就任日</translation>
    </message>
    <message>
        <source>for example ja, en</source>
        <translation>例：ja, en</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属部署</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職中</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>設立</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>加盟</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加盟日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>脱退日</translation>
    </message>
    <message>
        <source>A member cannot leave before joining.</source>
        <translation>脱退日は加盟日より前にできません。</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>総会</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>回次</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>開催都市</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>A plenary cannot end before it starts.</source>
        <translation>総会の終了日は開始日より前にできません。</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>締結相手</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失効日</translation>
    </message>
    <message>
        <source>Last renewed</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Legally binding</source>
        <translation>法的拘束力あり</translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation>対応する政策目標</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>協力分野</translation>
    </message>
    <message>
        <source>Renewal terms</source>
        <translation>更新条件</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>path of the signed text</source>
        <translation>署名済み文書の保存場所</translation>
    </message>
    <message>
        <source>It cannot take effect before it is signed.</source>
        <translation>発効日は締結日より前にできません。</translation>
    </message>
    <message>
        <source>It cannot expire before it is signed.</source>
        <translation>失効日は締結日より前にできません。</translation>
    </message>
    <message>
        <source>It cannot end before it is signed.</source>
        <translation>終了日は締結日より前にできません。</translation>
    </message>
    <message>
        <source>An amendment keeps the expiry; a renewal gives a new one.</source>
        <translation>改定では期限は変わりません。新しい期限は更新で記録します。</translation>
    </message>
    <message>
        <source>Renewal or amendment</source>
        <translation>更新・改定</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>新しい期限</translation>
    </message>
    <message>
        <source>a renewal&apos;s new end; empty for no end</source>
        <translation>更新後の期限。期限がなければ空欄</translation>
    </message>
    <message>
        <source>The new expiry comes after the day of the renewal.</source>
        <translation>新しい期限は更新日より後にしてください。</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>勤務時間の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Choose one person: one of our staff, or a visiting counterpart.</source>
        <translation>一人を選んでください（当方職員か来訪する相手方のどちらか）。</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>出張・来訪</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>訪問都市（順に）</translation>
    </message>
    <message>
        <source>the cities visited, in order; for an inbound visit, our own city</source>
        <translation>訪問する都市を順に。来訪の場合は当方の都市</translation>
    </message>
    <message>
        <source>Lead (our side)</source>
        <translation>代表（当方）</translation>
    </message>
    <message>
        <source>Lead (visitors)</source>
        <translation>代表（来訪者）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Joint project served</source>
        <translation>関連する共同事業</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>Time between places</source>
        <translation>移動時間</translation>
    </message>
    <message>
        <source>minutes needed to move between two places in one city</source>
        <translation>同じ都市内で2か所を移動するのに必要な分数</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>勤務開始</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>勤務終了</translation>
    </message>
    <message>
        <source>A trip cannot end before it starts.</source>
        <translation>出張の終了日は開始日より前にできません。</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>団員</translation>
    </message>
    <message>
        <source>Our staff member</source>
        <translation>当方職員</translation>
    </message>
    <message>
        <source>Visiting counterpart</source>
        <translation>来訪する相手方</translation>
    </message>
    <message>
        <source>Mobile during the trip</source>
        <translation>出張中の携帯電話</translation>
    </message>
    <message>
        <source>with the country code, like +81 90 1234 5678</source>
        <translation>国番号から。例: +81 90 1234 5678</translation>
    </message>
    <message>
        <source>Rooming</source>
        <translation>部屋割り</translation>
    </message>
    <message>
        <source>room, and with whom it is shared</source>
        <translation>部屋番号と同室者</translation>
    </message>
    <message>
        <source>Local contact</source>
        <translation>現地連絡先</translation>
    </message>
    <message>
        <source>for example Embassy of Japan in Germany</source>
        <translation>例: 在ドイツ日本国大使館</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>予算項目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>費目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>ISO code: JPY, EUR, USD…</source>
        <translation>ISOコード：JPY、EUR、USD…</translation>
    </message>
    <message>
        <source>Yen per unit</source>
        <translation>1単位あたりの円</translation>
    </message>
    <message>
        <source>leave empty to use the trip&apos;s rate for this currency</source>
        <translation>空欄なら出張に設定した為替レートを使います</translation>
    </message>
    <message>
        <source>Use a three-letter currency code.</source>
        <translation>通貨は3文字のコードで入力してください。</translation>
    </message>
    <message>
        <source>Name one owner: one of our staff or one of theirs.</source>
        <translation>担当者を一人指定してください（当方職員か先方の一人）。</translation>
    </message>
    <message>
        <source>Our commitment is owned by one of our staff.</source>
        <translation>当方の約束事項の担当者は当方職員です。</translation>
    </message>
    <message>
        <source>Their commitment is owned by one of their people.</source>
        <translation>先方の約束事項の担当者は先方の人です。</translation>
    </message>
    <message>
        <source>Say why this person&apos;s place differs from the order of precedence.</source>
        <translation>席次と異なる位置にする理由を入力してください。</translation>
    </message>
    <message>
        <source>Choose one of our staff (and no counterpart) for our side.</source>
        <translation>当方側には当方職員を選んでください（相手方は選べません）。</translation>
    </message>
    <message>
        <source>Choose one counterpart (and no staff member) for their side.</source>
        <translation>先方側には相手方を選んでください（職員は選べません）。</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>会談の終了は開始より前にできません。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>開始（現地時間）</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>終了（現地時間）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>empty for a meeting outside any trip</source>
        <translation>出張に属さない会談は空欄</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>格</translation>
    </message>
    <message>
        <source>the highest office at the table; targets may count head-of-city meetings</source>
        <translation>出席者の最高位。目標では首長級の会談を数えることがあります</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>発言要領</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>合意事項</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>雰囲気</translation>
    </message>
    <message>
        <source>1 tense … 5 warm</source>
        <translation>1 緊張 … 5 和やか</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>フォローアップのメモ</translation>
    </message>
    <message>
        <source>Record prepared by</source>
        <translation>会談記録の作成者</translation>
    </message>
    <message>
        <source>Record approved by</source>
        <translation>会談記録の決裁者</translation>
    </message>
    <message>
        <source>Record approved on</source>
        <translation>会談記録の決裁日</translation>
    </message>
    <message>
        <source>The deadline cannot come before the start.</source>
        <translation>期限は開始より前にできません。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation>日本語の件名</translation>
    </message>
    <message>
        <source>Cities to reach</source>
        <translation>目標都市数</translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation>集計開始</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>政策目標</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Their person</source>
        <translation>先方の人</translation>
    </message>
    <message>
        <source>Role at the meeting</source>
        <translation>会談での役割</translation>
    </message>
    <message>
        <source>Interprets at this meeting</source>
        <translation>この会談で通訳する</translation>
    </message>
    <message>
        <source>seated beside or behind their principal</source>
        <translation>代表者の隣か後ろに座ります</translation>
    </message>
    <message>
        <source>Office that counts here</source>
        <translation>この会談での職位</translation>
    </message>
    <message>
        <source>for someone holding several; else their own</source>
        <translation>複数の職位を持つ人の場合。空欄なら本人の職位</translation>
    </message>
    <message>
        <source>Place in their side&apos;s order</source>
        <translation>自側での席次</translation>
    </message>
    <message>
        <source>only to override the order of precedence</source>
        <translation>席次を変更する場合のみ</translation>
    </message>
    <message>
        <source>Reason for the place</source>
        <translation>席次指定の理由</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>1 comes first; equal ranks go by the date the term began</source>
        <translation>1が最上位。同順位は就任日順</translation>
    </message>
    <message>
        <source>Office in Japanese</source>
        <translation>職位（日本語）</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Owner side</source>
        <translation>担当側</translation>
    </message>
    <message>
        <source>Owner (ours)</source>
        <translation>担当者（当方）</translation>
    </message>
    <message>
        <source>Owner (theirs)</source>
        <translation>担当者（先方）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>An invitation to visit</source>
        <translation>訪問の招待</translation>
    </message>
    <message>
        <source>Bureau responsible</source>
        <translation>担当局</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>贈呈・受領</translation>
    </message>
    <message>
        <source>Estimated value (yen)</source>
        <translation>推定価額（円）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>where it is kept, or to whom it went</source>
        <translation>保管場所、または譲渡先</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>届出日</translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation>届出番号</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Bureau in Japanese</source>
        <translation>局（日本語）</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>共同事業</translation>
    </message>
    <message>
        <source>Leading bureau</source>
        <translation>主管局</translation>
    </message>
    <message>
        <source>Budget (yen)</source>
        <translation>予算（円）</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>A project cannot end before it starts.</source>
        <translation>事業の終了日を開始日より前にはできません。</translation>
    </message>
    <message>
        <source>The target must differ from the baseline, or there is nothing to reach.</source>
        <translation>目標値は基準値と異なる値にしてください。同じでは達成するものがありません。</translation>
    </message>
    <message>
        <source>Benefit to residents</source>
        <translation>都民への効果</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>for example t CO₂, people, visitors</source>
        <translation>例：t-CO₂、人、来訪者</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>below the baseline where less is better</source>
        <translation>少ないほど良い指標では基準値より小さく</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標年月日</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>測定日</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>a gift received without a value is flagged until it is valued</source>
        <translation>価額のない受領品は、評価されるまで印が付きます</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>for a gift received</source>
        <translation>受領した贈答品について</translation>
    </message>
    <message>
        <source>Where, or to whom</source>
        <translation>保管場所・譲渡先</translation>
    </message>
    <message>
        <source>What became of a gift is recorded for gifts received.</source>
        <translation>処理は受領した贈答品について記録します。</translation>
    </message>
    <message>
        <source>A gift is declared on or after the day it was received.</source>
        <translation>届出日は受領日以降にしてください。</translation>
    </message>
    <message>
        <source>Say when the milestone was reached.</source>
        <translation>達成した日を入力してください。</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>達成日</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Fund in Japanese</source>
        <translation>基金（日本語）</translation>
    </message>
    <message>
        <source>Total (yen)</source>
        <translation>総額（円）</translation>
    </message>
    <message>
        <source>From fiscal year</source>
        <translation>開始年度</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>交流事業</translation>
    </message>
    <message>
        <source>Financed by</source>
        <translation>財源</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Fiscal year of a programme</source>
        <translation>交流事業の年度</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Spending (yen)</source>
        <translation>支出（円）</translation>
    </message>
    <message>
        <source>Staff member taking part</source>
        <translation>参加する職員</translation>
    </message>
    <message>
        <source>for example seconded to the C40 secretariat</source>
        <translation>例: C40事務局へ派遣</translation>
    </message>
    <message>
        <source>Contact with the national government</source>
        <translation>国との調整</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>相手先</translation>
    </message>
    <message>
        <source>office and person, for example Embassy of Japan in the UK, political section</source>
        <translation>組織と担当者。例: 在英国日本国大使館 政務班</translation>
    </message>
    <message>
        <source>Discussed or requested</source>
        <translation>協議・依頼内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Say when the action was adopted.</source>
        <translation>施策を採用した日を入力してください。</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>施策の内容を入力してください。</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Learned on</source>
        <translation>得た日</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>得られた教訓</translation>
    </message>
    <message>
        <source>Policy action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>for example a review of the Games venue plans</source>
        <translation>例: 大会会場計画の見直し</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>施策の状況</translation>
    </message>
    <message>
        <source>Action dated</source>
        <translation>施策の日付</translation>
    </message>
    <message>
        <source>(sensitive)</source>
        <translation>（要配慮）</translation>
    </message>
    <message>
        <source>Sensitive: left out of exports unless you ask for it.</source>
        <translation>要配慮：指定しない限り出力に含めません。</translation>
    </message>
</context>
<context>
    <name>fund</name>
    <message>
        <source>This spends {spending}, but only {remaining} remains in {fund}: nothing was saved.</source>
        <translation>支出 {spending} に対し、{fund} の残高は {remaining} しかありません。保存されていません。</translation>
    </message>
    <message>
        <source>This fiscal year is recorded already: edit that one instead.</source>
        <translation>この年度はすでに記録されています。そちらを編集してください。</translation>
    </message>
    <message>
        <source>{fund} runs from fiscal year {start}: it paid nothing before.</source>
        <translation>{fund} は{start}年度からです。それ以前の支出はありません。</translation>
    </message>
    <message>
        <source>The fund has already paid {spent}; its total cannot be less.</source>
        <translation>基金はすでに {spent} を支出しています。総額をそれより少なくすることはできません。</translation>
    </message>
</context>
<context>
    <name>gift register</name>
    <message>
        <source>INTERNAL — for official use</source>
        <translation>庁内限り — 公用</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — contains gifts of confidential trips or meetings</source>
        <translation>秘 — 秘扱いの出張・会談の贈答品を含む</translation>
    </message>
    <message>
        <source>Exported {moment}</source>
        <translation>出力 {moment}</translation>
    </message>
    <message>
        <source>Gift register</source>
        <translation>贈答品台帳</translation>
    </message>
    <message>
        <source>Gift register {year}</source>
        <translation>贈答品台帳 {year}</translation>
    </message>
    <message>
        <source>Gift register, all years</source>
        <translation>贈答品台帳（全年度）</translation>
    </message>
    <message>
        <source>Gifts exchanged from {first} to {last}</source>
        <translation>授受期間 {first}～{last}</translation>
    </message>
    <message>
        <source>{received} received, {given} given; declaration threshold {threshold} yen: {declare} to declare, {value} to value</source>
        <translation>受領{received}件・贈呈{given}件。届出基準額{threshold}円：要届出{declare}件、要評価{value}件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>贈呈／受領</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Value (yen)</source>
        <translation>価額（円）</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Where, or to whom</source>
        <translation>保管場所・譲渡先</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>届出日</translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation>届出番号</translation>
    </message>
    <message>
        <source>Meeting or trip</source>
        <translation>会談・出張</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>未処理事項</translation>
    </message>
    <message>
        <source>No gift was given or received in this period.</source>
        <translation>この期間に授受した贈答品はありません。</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>The score is out of 100 and adds five parts, each computed from the records:

- Recency (30): the last meeting or visit either way. Within a year: 30; then down evenly to nothing at five years.
- Cadence (20): 4 for each of the last five calendar years with any contact.
- Reciprocity (15): in the last five years, visits both ways 15; one way only 7.
- Commitments kept (20): of the commitments due in the last five years, the share done, for our side (10) and theirs (10); joint ones count for both; a side with none due gets 5. Overdue and dropped ones count as not kept.
- Agreements (15): one in force 15, or 8 if the last in force expires within a year; an ended or expired one 3; none 0.

70 and above is strong, 40 to 69 fair, below 40 weak.</source>
        <translation>点数は100点満点で、記録から算出する次の5項目の合計です。

- 最近の接触（30）：双方向を含む最後の会談または訪問。1年以内は30点、その後5年で0点まで均等に減ります。
- 頻度（20）：直近5暦年のうち接触があった年ごとに4点。
- 相互性（15）：直近5年に双方向の訪問があれば15点、一方向のみは7点。
- 約束の履行（20）：直近5年に期限が来た約束事項のうち完了した割合。当方（10）と先方（10）、共同は両方に算入。期限が来たものがない側は5点。期限切れと取りやめは未履行とします。
- 協定（15）：有効な協定があれば15点、最後の有効な協定が1年以内に失効するなら8点、終了・失効した協定のみは3点、なしは0点。

70点以上は良好、40～69点は普通、40点未満は要注意です。</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>最近の接触</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>相互性</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>約束の履行</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>{part} {points}/{out_of}: {why}</source>
        <translation>{part} {points}/{out_of}：{why}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>no meeting or visit recorded</source>
        <translation>会談・訪問の記録なし</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days}日前</translation>
    </message>
    <message>
        <source>{years} years ago</source>
        <translation>{years}年前</translation>
    </message>
    <message>
        <source>last contact {day} ({ago})</source>
        <translation>最後の接触 {day}（{ago}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>contact in {n} of the last {window} years ({years})</source>
        <translation>直近{window}年のうち{n}年に接触（{years}）</translation>
    </message>
    <message>
        <source>visits both ways (ours {ours}, theirs {theirs})</source>
        <translation>双方向の訪問（当方 {ours}、先方 {theirs}）</translation>
    </message>
    <message>
        <source>only we visited ({day}); no visit from them</source>
        <translation>当方の訪問のみ（{day}）。先方の来訪なし</translation>
    </message>
    <message>
        <source>only they visited ({day}); no visit of ours</source>
        <translation>先方の来訪のみ（{day}）。当方の訪問なし</translation>
    </message>
    <message>
        <source>no visit either way in {window} years</source>
        <translation>{window}年間、双方とも訪問なし</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>当方</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>先方</translation>
    </message>
    <message>
        <source>{side}: none due</source>
        <translation>{side}：期限到来なし</translation>
    </message>
    <message>
        <source>{side}: {done} of {due} kept</source>
        <translation>{side}：{due}件中{done}件履行</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>in force: {title}</source>
        <translation>有効：{title}</translation>
    </message>
    <message>
        <source>{title} expires {day}: renew</source>
        <translation>{title}は{day}に失効：更新を</translation>
    </message>
    <message>
        <source>in force until {day}: {title}</source>
        <translation>{day}まで有効：{title}</translation>
    </message>
    <message>
        <source>only ended or expired agreements</source>
        <translation>終了・失効した協定のみ</translation>
    </message>
    <message>
        <source>no agreement</source>
        <translation>協定なし</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>When (Tokyo)</source>
        <translation>日時（東京）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>{column}: “{value}” is not a number</source>
        <translation>{column}：「{value}」は数値ではありません</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>ファイル{path}がありません。</translation>
    </message>
    <message>
        <source>{name} is encrypted (password-protected) or an old .xls file. Save it as an unprotected .xlsx workbook and import that.</source>
        <translation>{name}は暗号化（パスワード保護）されているか、古い.xlsファイルです。保護のない.xlsxブックとして保存してから取り込んでください。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name}はExcelブック（.xlsx）ではありません。</translation>
    </message>
    <message>
        <source>{name} would expand to {size} MB; imports are limited to {most} MB.</source>
        <translation>{name}は展開すると{size} MBになります。取り込めるのは{most} MBまでです。</translation>
    </message>
    <message>
        <source>{name} is damaged ({part} cannot be read). Nothing was imported.</source>
        <translation>{name}は壊れています（{part}を読めません）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook.</source>
        <translation>{name}はzipファイルですが、Excelブックではありません。</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete ({error}). Nothing was imported.</source>
        <translation>{name}は壊れているか不完全です（{error}）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{name} has more than {most} rows; an import takes at most {most} at a time. Split the list into smaller files. Nothing was imported.</source>
        <translation>{name}は{most}行を超えています。一度に取り込めるのは{most}行までです。一覧を小さなファイルに分けてください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{name} contains unsafe XML ({what}); it was refused. Nothing was imported.</source>
        <translation>{name}には安全でないXML（{what}）が含まれるため、受け付けませんでした。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook ({what}). Nothing was imported.</source>
        <translation>{name}はブックとして読めません（{what}）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}は空です。</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns; it is empty. Start from the template (export template). Nothing was imported.</source>
        <translation>{name}の1行目には列名が必要ですが、空です。ひな形から始めてください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>{n}列目</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not a date (YYYY-MM-DD)</source>
        <translation>{column}：「{value}」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not yes or no</source>
        <translation>{column}：「{value}」ははい・いいえではありません</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not a whole number</source>
        <translation>{column}：「{value}」は整数ではありません</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not an ISO country code (for example KR)</source>
        <translation>{column}：「{value}」はISO国コード（例：KR）ではありません</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not one of {allowed}</source>
        <translation>{column}：「{value}」は次のいずれでもありません：{allowed}</translation>
    </message>
    <message>
        <source>Imports are of counterparts or cities, not {what}.</source>
        <translation>取り込めるのは相手方か都市です（{what}は取り込めません）。</translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>使わない列：{columns}</translation>
    </message>
    <message>
        <source>The first row must name the columns; missing: {columns}. Start from the template (export template).</source>
        <translation>1行目には列名が必要です。不足：{columns}。ひな形から始めてください。</translation>
    </message>
    <message>
        <source>{column}: a formula, not a value (formulas are never imported)</source>
        <translation>{column}：値ではなく数式です（数式は取り込みません）</translation>
    </message>
    <message>
        <source>already in the record (same name and city)</source>
        <translation>既に記録があります（同じ氏名と都市）</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>{n}行目</translation>
    </message>
    <message>
        <source>already in the record (same name and country)</source>
        <translation>既に記録があります（同じ名称と国）</translation>
    </message>
    <message>
        <source>the same as row {n} of this file</source>
        <translation>このファイルの{n}行目と同じです</translation>
    </message>
    <message>
        <source>{name} has column names but no rows to import.</source>
        <translation>{name}には列名がありますが、取り込む行がありません。</translation>
    </message>
    <message>
        <source>City: no city called “{city}” in the record (add it first)</source>
        <translation>都市：「{city}」という都市は記録にありません（先に追加してください）</translation>
    </message>
    <message>
        <source>City: “{city}” is ambiguous; add the country column</source>
        <translation>都市：「{city}」は複数あります。国の列を加えてください</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>記入要領</translation>
    </message>
    <message>
        <source>One counterpart per row, starting on row 2. Columns, named in English or Japanese:</source>
        <translation>2 行目から 1 行に 1 人ずつ記入してください。列名は日本語でも英語でも構いません。列:</translation>
    </message>
    <message>
        <source>One city per row, starting on row 2. Columns, named in English or Japanese:</source>
        <translation>2 行目から 1 行に 1 都市ずつ記入してください。列名は日本語でも英語でも構いません。列:</translation>
    </message>
    <message>
        <source>{column} (required)</source>
        <translation>{column}（必須）</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD (or 2015年10月14日, 令和7年10月14日); yes/no columns as yes or no; values only, never formulas.</source>
        <translation>日付は 2015年10月14日、令和7年10月14日、2015-10-14 のいずれかの形で、はい・いいえの列は「はい」か「いいえ」で記入してください。数式は使わず、値のみを入力してください。</translation>
    </message>
    <message>
        <source>Nothing is imported unless every row is good; the report names each problem.</source>
        <translation>すべての行に問題がない場合にのみ取り込みます。問題は結果の一覧に一つずつ示されます。</translation>
    </message>
    <message>
        <source>Templates are for counterparts or cities, not {what}.</source>
        <translation>ひな形は相手方か都市のものです（{what}はありません）。</translation>
    </message>
</context>
<context>
    <name>itinerary</name>
    <message>
        <source>{moment} does not exist in {zone}: the clocks skip that hour. Use {time} or another time.</source>
        <translation>{zone}に{moment}はありません（時計がその1時間を飛ばします）。{time}か別の時刻にしてください。</translation>
    </message>
    <message>
        <source>The itinerary item is gone; nothing was copied.</source>
        <translation>日程の項目は既にありません。何もコピーしていません。</translation>
    </message>
    <message>
        <source>The trip to copy is gone.</source>
        <translation>コピーする出張は既にありません。</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>現地語名</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>本国表記</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属機関</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>設立</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>加盟都市</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属部署</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>In Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>From fiscal year</source>
        <translation>開始年度</translation>
    </message>
    <message>
        <source>Total (yen)</source>
        <translation>総額（円）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>交流事業</translation>
    </message>
    <message>
        <source>Spent (yen)</source>
        <translation>支出（円）</translation>
    </message>
    <message>
        <source>Leading bureau</source>
        <translation>主管局</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation>贈呈／受領</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Value (yen)</source>
        <translation>価額（円）</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>届出</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>When (Tokyo)</source>
        <translation>日時（東京）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>取扱区分</translation>
    </message>
</context>
<context>
    <name>meetings export</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>秘密区分</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会談一覧</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を取り消しました。ファイルは作成していません。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them first?</source>
        <translation>保存していない変更があります。先に保存しますか？</translation>
    </message>
</context>
<context>
    <name>policy_tabs</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>相手先</translation>
    </message>
    <message>
        <source>Discussed or requested</source>
        <translation>協議・依頼内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>No contact with the national government recorded yet: the Ministry of Foreign Affairs, the embassy or consulate, another ministry.</source>
        <translation>国との調整の記録はまだありません（外務省、大使館・総領事館、その他の省庁）。</translation>
    </message>
    <message>
        <source>Before departure</source>
        <translation>出発前の確認</translation>
    </message>
    <message>
        <source>Learned on</source>
        <translation>得た日</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>得られた教訓</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Policy action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>No lesson recorded yet: what was learned here, and the policy action it led to.</source>
        <translation>教訓の記録はまだありません。ここで得たことと、それによる施策を記録してください。</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <source>INTERNAL — for official use</source>
        <translation>取扱注意（庁内限り）</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — contains confidential meetings</source>
        <translation>秘 — 秘扱いの会談を含む</translation>
    </message>
    <message>
        <source>Exported {moment}</source>
        <translation>出力日時 {moment}</translation>
    </message>
    <message>
        <source>Portfolio: {sheet}</source>
        <translation>ポートフォリオ: {sheet}</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>{day}現在</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>提携都市</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Relationship level</source>
        <translation>関係の段階</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>協定の種類</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>効力</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No agreements recorded.</source>
        <translation>協定の記録はありません。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加盟日</translation>
    </message>
    <message>
        <source>No network memberships recorded.</source>
        <translation>ネットワーク加盟の記録はありません。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Cities with relations, by year</source>
        <translation>交流のある都市数（年別）</translation>
    </message>
    <message>
        <source>Cities with relations, by fiscal year</source>
        <translation>交流のある都市数（年度別）</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市数</translation>
    </message>
    <message>
        <source>No targets recorded.</source>
        <translation>目標の記録はありません。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Overdue: due</source>
        <translation>期限超過: 期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項の内容</translation>
    </message>
    <message>
        <source>… and {count} more overdue: see the Commitments page or `list commitments --overdue`.</source>
        <translation>…ほかに期限超過が {count} 件あります。約束事項の画面か `list commitments --overdue` でご確認ください。</translation>
    </message>
    <message>
        <source>Commitments by status</source>
        <translation>状況別の約束事項</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標（戦略）</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>会談数</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Learned on</source>
        <translation>得た日</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>得た出張・会談</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>得られた教訓</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Policy action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>施策の状況</translation>
    </message>
    <message>
        <source>Action dated</source>
        <translation>施策の日付</translation>
    </message>
    <message>
        <source>No lessons recorded.</source>
        <translation>教訓の記録はありません。</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer or the file could not be opened.</source>
        <translation>プリンターまたはファイルを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Personal data requests are for a counterpart or a staff member, not {kind}.</source>
        <translation>個人データの請求は相手方か職員についてのものです（{kind}は対象外です）。</translation>
    </message>
    <message>
        <source>There is no counterpart {id}.</source>
        <translation>相手方{id}はいません。</translation>
    </message>
    <message>
        <source>There is no staff member {id}.</source>
        <translation>職員{id}はいません。</translation>
    </message>
    <message>
        <source>an image of {size} bytes</source>
        <translation>画像（{size} バイト）</translation>
    </message>
    <message>
        <source>This person&apos;s data has already been erased.</source>
        <translation>この人のデータは既に消去されています。</translation>
    </message>
    <message>
        <source>personal fields erased: {fields}</source>
        <translation>消去した個人情報の項目: {fields}</translation>
    </message>
    <message>
        <source>audit entries cleaned: {count}</source>
        <translation>消去した変更履歴の記録: {count}</translation>
    </message>
    <message>
        <source>the database file was rewritten (VACUUM)</source>
        <translation>データベースファイルを書き直しました（VACUUM）</translation>
    </message>
    <message>
        <source>the tables were rewritten on the server (VACUUM FULL)</source>
        <translation>サーバー上の表を書き直しました（VACUUM FULL）</translation>
    </message>
    <message>
        <source>the server did not let this role rewrite the tables: ask its administrator to run VACUUM FULL so that the old values leave the server&apos;s files</source>
        <translation>サーバーがこのロールでの表の書き直しを許可しませんでした。古い値をサーバーのファイルから消すため、管理者にVACUUM FULLの実行を依頼してください</translation>
    </message>
    <message>
        <source>dietary</source>
        <translation>食事</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>儀典</translation>
    </message>
    <message>
        <source>&amp;Export everything held about this person…</source>
        <translation>この人について保有するすべてを出力(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;rase this person&apos;s personal data…</source>
        <translation>この人の個人データを消去(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Review old sensitive notes…</source>
        <translation>古い要配慮メモを見直す(&amp;R)…</translation>
    </message>
    <message>
        <source>Personal dat&amp;a</source>
        <translation>個人データ(&amp;A)</translation>
    </message>
    <message>
        <source>Requests about one person&apos;s data (APPI, GDPR): export it all, or erase it</source>
        <translation>一人の個人データに関する請求（個人情報保護法、GDPR）：すべてを出力、または消去</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>この人</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>個人データの出力</translation>
    </message>
    <message>
        <source>Writing the personal data…</source>
        <translation>個人データを書き出しています…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>Only an administrator of the program may erase personal data.</source>
        <translation>個人データを消去できるのはプログラムの管理者だけです。</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}?

Their names, contact details, position and notes are replaced, and their old values are removed from the audit trail. The meetings they attended are kept, with an erased person at the table. This cannot be undone; backups made before now still hold the data.</source>
        <translation>{name}の個人データを消去しますか？

氏名、連絡先、役職、メモを置き換え、変更履歴からも古い値を削除します。出席した会談は残り、出席者は消去済みの人として表示されます。元に戻せません。これより前のバックアップにはデータが残っています。</translation>
    </message>
    <message>
        <source>Rewriting the database file…</source>
        <translation>データベースファイルを書き直しています…</translation>
    </message>
    <message>
        <source>the database file is still being rewritten</source>
        <translation>データベースファイルはまだ書き直し中です</translation>
    </message>
    <message>
        <source>Personal data erased; {how}.</source>
        <translation>個人データを消去しました。{how}。</translation>
    </message>
</context>
<context>
    <name>programmes report</name>
    <message>
        <source>INTERNAL — for official use</source>
        <translation>庁内限り</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — contains confidential trips or meetings</source>
        <translation>秘 — 秘密の出張・会談を含む</translation>
    </message>
    <message>
        <source>Exported {moment}</source>
        <translation>出力 {moment}</translation>
    </message>
    <message>
        <source>{year}: {sheet}</source>
        <translation>{year}: {sheet}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>{first}から{last}まで</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>共同プロジェクト</translation>
    </message>
    <message>
        <source>Programmes and fund</source>
        <translation>交流事業と基金</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>国との調整</translation>
    </message>
    <message>
        <source>Lessons and actions</source>
        <translation>教訓と施策</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Budget (yen)</source>
        <translation>予算（円）</translation>
    </message>
    <message>
        <source>Benefit to residents</source>
        <translation>都民への効果</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Measured by the year&apos;s end</source>
        <translation>年度末までの測定値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>No joint project ran in this year.</source>
        <translation>この年度に実施された共同プロジェクトはありません。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>交流事業</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <source>Participants in the year</source>
        <translation>年度の参加者数</translation>
    </message>
    <message>
        <source>Spent in the year (yen)</source>
        <translation>年度の支出（円）</translation>
    </message>
    <message>
        <source>Spent to the year&apos;s end (yen)</source>
        <translation>年度末までの支出（円）</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>No programme recorded.</source>
        <translation>交流事業の記録はありません。</translation>
    </message>
    <message>
        <source>{fund}: {total} from {start}; remaining at the year&apos;s end {left}.</source>
        <translation>{fund}: {start}から総額 {total}、年度末残高 {left}。</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Spent (yen)</source>
        <translation>支出（円）</translation>
    </message>
    <message>
        <source>Remaining (yen)</source>
        <translation>残高（円）</translation>
    </message>
    <message>
        <source>Spent to the year&apos;s end by objective (a programme serving two counts under each)</source>
        <translation>目標別の年度末までの支出（二つの目標に資する事業はそれぞれに計上）</translation>
    </message>
    <message>
        <source>No objective named</source>
        <translation>目標の指定なし</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>About</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>相手先</translation>
    </message>
    <message>
        <source>Discussed or requested</source>
        <translation>協議・依頼内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>No contact with the national government recorded in this year.</source>
        <translation>この年度の国との調整の記録はありません。</translation>
    </message>
    <message>
        <source>Learned on</source>
        <translation>得た日</translation>
    </message>
    <message>
        <source>Learned on the trip or in the meeting</source>
        <translation>得た出張・会談</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>得られた教訓</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Policy action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>施策の状況</translation>
    </message>
    <message>
        <source>Action dated</source>
        <translation>施策の日付</translation>
    </message>
    <message>
        <source>No lesson learned or acted on in this year.</source>
        <translation>この年度に得た教訓・実施した施策はありません。</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>A value was already measured on this day: edit that one instead.</source>
        <translation>この日の測定値はすでにあります。そちらを編集してください。</translation>
    </message>
</context>
<context>
    <name>prospects</name>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Shared issues</source>
        <translation>共通の課題</translation>
    </message>
    <message>
        <source>Networks in common</source>
        <translation>共通のネットワーク</translation>
    </message>
    <message>
        <source>Existing contacts</source>
        <translation>既存の接触</translation>
    </message>
    <message>
        <source>Give each criterion a weight from 0 to 5, at least one above 0.</source>
        <translation>各基準に0～5の重みを付けてください（少なくとも一つは1以上）。</translation>
    </message>
    <message>
        <source>Population {n}</source>
        <translation>人口 {n}</translation>
    </message>
    <message>
        <source>Population not recorded</source>
        <translation>人口の記録なし</translation>
    </message>
    <message>
        <source>Shares the issue of “{project}” (through {networks})</source>
        <translation>「{project}」の課題を共有（{networks}を通じて）</translation>
    </message>
    <message>
        <source>Fellow member of {networks}</source>
        <translation>{networks}の共通メンバー</translation>
    </message>
    <message>
        <source>Counterparts there: {people}; meetings in five years: {met}</source>
        <translation>相手方の人物: {people}人、5年間の会談: {met}件</translation>
    </message>
    <message>
        <source>This city was deleted meanwhile; nothing was changed.</source>
        <translation>この都市はその間に削除されました。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>Record of discussion</source>
        <translation>会談記録</translation>
    </message>
    <message>
        <source>INTERNAL — for official use</source>
        <translation>取扱注意（庁内限り）</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>{moment} (Tokyo {time})</source>
        <translation>{moment}（東京 {time}）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>出張</translation>
    </message>
    <message>
        <source>Language and interpretation</source>
        <translation>使用言語・通訳</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>当方出席者</translation>
    </message>
    <message>
        <source>Their side</source>
        <translation>先方出席者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Role at the meeting</source>
        <translation>会談での役割</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>決裁日</translation>
    </message>
    <message>
        <source>not yet approved</source>
        <translation>未決裁</translation>
    </message>
    <message>
        <source>Written {moment}</source>
        <translation>作成日時 {moment}</translation>
    </message>
    <message>
        <source>{side} ({person})</source>
        <translation>{side}（{person}）</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Something linked to this record was deleted meanwhile; reload and try again.</source>
        <translation>このレコードにつながるものがその間に削除されました。再読み込みして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The record is already back; nothing to undo.</source>
        <translation>レコードは既に戻っています。元に戻すものはありません。</translation>
    </message>
</context>
<context>
    <name>relations</name>
    <message>
        <source>The agreement is no longer there.</source>
        <translation>この協定はもう存在しません。</translation>
    </message>
    <message>
        <source>This agreement ended on {day}: an ended agreement is not renewed.</source>
        <translation>この協定は{day}に終了しています。終了した協定は更新できません。</translation>
    </message>
    <message>
        <source>An agreement is renewed after it is signed ({day}).</source>
        <translation>協定の更新日は署名日（{day}）以降にしてください。</translation>
    </message>
</context>
<context>
    <name>seating</name>
    <message>
        <source>The guest of honour sits at the host&apos;s right.</source>
        <translation>主賓は主催者の右に座ります。</translation>
    </message>
    <message>
        <source>A principal whose side shares no language with the other has an interpreter beside or behind them.</source>
        <translation>双方に共通の言語がない場合、代表者の隣または後ろに通訳が座ります。</translation>
    </message>
    <message>
        <source>Neighbours at table share a language.</source>
        <translation>隣り合う人は共通の言語を話します。</translation>
    </message>
    <message>
        <source>A delegation kept together sits at one table.</source>
        <translation>まとめると決めた代表団は一つのテーブルに座ります。</translation>
    </message>
    <message>
        <source>Each person has one seat.</source>
        <translation>一人に一席です。</translation>
    </message>
    <message>
        <source>Every attendee has a seat.</source>
        <translation>出席者全員に席があります。</translation>
    </message>
    <message>
        <source>There is no meeting {id}.</source>
        <translation>会談 {id} はありません。</translation>
    </message>
    <message>
        <source>Only the meeting&apos;s attendees can be seated.</source>
        <translation>席に着けるのはこの会談の出席者だけです。</translation>
    </message>
    <message>
        <source>Save the seating plan before acknowledging a warning.</source>
        <translation>注意を確認済みにする前に席次表を保存してください。</translation>
    </message>
</context>
<context>
    <name>seating export</name>
    <message>
        <source>Seating chart</source>
        <translation>席次表</translation>
    </message>
    <message>
        <source>Order of precedence</source>
        <translation>席次</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>席札</translation>
    </message>
    <message>
        <source>Proposed from the order of precedence</source>
        <translation>席次から作成した案</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>テーブル{n}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>In their own script</source>
        <translation>本人の表記</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>席</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>INTERNAL — for official use</source>
        <translation>取扱注意（庁内限り）</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>database upgrades</source>
        <translation>データベースの更新手順</translation>
    </message>
    <message>
        <source>Japanese translation</source>
        <translation>日本語の翻訳</translation>
    </message>
    <message>
        <source>country names</source>
        <translation>国名</translation>
    </message>
    <message>
        <source>world map</source>
        <translation>世界地図</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <source>time zones</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>world cities</source>
        <translation>世界の都市</translation>
    </message>
    <message>
        <source>names of time zones&apos; cities</source>
        <translation>時間帯の都市名</translation>
    </message>
    <message>
        <source>third-party licences</source>
        <translation>第三者のライセンス</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>“{name}” cannot be a role name (1 to 63 bytes).</source>
        <translation>「{name}」はロール名に使えません（1～63 バイト）。</translation>
    </message>
    <message>
        <source>Server access applies to a PostgreSQL server (--db postgresql+psycopg://…). On SQLite the file&apos;s own permissions decide who may read and change it.</source>
        <translation>サーバーのアクセス設定は PostgreSQL サーバー（--db postgresql+psycopg://…）が対象です。SQLite では、ファイル自体のアクセス権で閲覧・変更できる人が決まります。</translation>
    </message>
    <message>
        <source>The database has no schema yet: open it with the program first.</source>
        <translation>データベースにまだスキーマがありません。先にプログラムで開いてください。</translation>
    </message>
    <message>
        <source>roles: {roles}</source>
        <translation>ロール: {roles}</translation>
    </message>
    <message>
        <source>grants on the {count} tables of schema {schema}</source>
        <translation>スキーマ {schema} の {count} 個の表に権限を付与</translation>
    </message>
    <message>
        <source>row-level security on {count} tables</source>
        <translation>{count} 個の表に行単位のセキュリティを設定</translation>
    </message>
    <message>
        <source>the audit trail records the connected role</source>
        <translation>変更履歴に接続ロールを記録</translation>
    </message>
    <message>
        <source>The access is one of {levels}, not {level}.</source>
        <translation>権限は {levels} のいずれかです（{level} ではありません）。</translation>
    </message>
    <message>
        <source>Run `server setup` first: the program&apos;s roles do not exist yet.</source>
        <translation>先に `server setup` を実行してください。プログラムのロールがまだありません。</translation>
    </message>
    <message>
        <source>{name} is one of the program&apos;s own roles.</source>
        <translation>{name} はプログラム自身のロールです。</translation>
    </message>
    <message>
        <source>created the login role {name}</source>
        <translation>ログインロール {name} を作成</translation>
    </message>
    <message>
        <source>set its password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <source>{name}: {level}, cleared for confidential content</source>
        <translation>{name}: {level}（秘扱いの内容を閲覧可）</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>There is no role {name} on this server.</source>
        <translation>このサーバーにロール {name} はありません。</translation>
    </message>
    <message>
        <source>{name}: no access</source>
        <translation>{name}: 権限なし</translation>
    </message>
</context>
<context>
    <name>strategy</name>
    <message>
        <source>head-of-city</source>
        <translation>首長級</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>副首長級</translation>
    </message>
    <message>
        <source>senior-official</source>
        <translation>幹部級</translation>
    </message>
    <message>
        <source>working</source>
        <translation>実務者級</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>交流</translation>
    </message>
    <message>
        <source>friendship</source>
        <translation>友好</translation>
    </message>
    <message>
        <source>sister</source>
        <translation>姉妹都市</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>パートナー都市</translation>
    </message>
    <message>
        <source>sister city</source>
        <translation>姉妹都市提携</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>パートナー都市提携</translation>
    </message>
    <message>
        <source>mou</source>
        <translation>覚書</translation>
    </message>
    <message>
        <source>joint statement</source>
        <translation>共同声明</translation>
    </message>
    <message>
        <source>letter of intent</source>
        <translation>意向書</translation>
    </message>
    <message>
        <source>cooperation agreement</source>
        <translation>協力協定</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、かつ</translation>
    </message>
    <message>
        <source> or </source>
        <translation>、または</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>A target needs a rule that says which cities count.</source>
        <translation>目標には、どの都市を算入するかの規則が必要です。</translation>
    </message>
    <message>
        <source>The target&apos;s rule has parts this program does not know: {parts}.</source>
        <translation>目標の規則に、このプログラムが知らない部分があります：{parts}。</translation>
    </message>
    <message>
        <source>A condition of a target&apos;s rule takes “any” or “all”, not both.</source>
        <translation>目標の規則の条件には「any」か「all」のどちらか一方を使います。</translation>
    </message>
    <message>
        <source>“{key}” in a target&apos;s rule needs a list of conditions.</source>
        <translation>目標の規則の「{key}」には条件の一覧が必要です。</translation>
    </message>
    <message>
        <source>A number of years in a target&apos;s rule must be between 1 and 50.</source>
        <translation>目標の規則の年数は1～50にしてください。</translation>
    </message>
    <message>
        <source>Unknown meeting level “{level}” in a target&apos;s rule.</source>
        <translation>目標の規則に不明な会談の格「{level}」があります。</translation>
    </message>
    <message>
        <source>Unknown direction “{direction}” in a target&apos;s rule.</source>
        <translation>目標の規則に不明な区分「{direction}」があります。</translation>
    </message>
    <message>
        <source>Unknown relationship level “{level}” in a target&apos;s rule.</source>
        <translation>目標の規則に不明な関係の段階「{level}」があります。</translation>
    </message>
    <message>
        <source>Unknown agreement kind in a target&apos;s rule.</source>
        <translation>目標の規則に不明な協定の種別があります。</translation>
    </message>
    <message>
        <source>renewing “{title}” (ended {day})</source>
        <translation>「{title}」の更新（{day}に終了）</translation>
    </message>
    <message>
        <source>a {level} meeting (the last was {day})</source>
        <translation>{level}の会談（前回は{day}）</translation>
    </message>
    <message>
        <source>a {level} meeting (met at a lower level on {day})</source>
        <translation>{level}の会談（{day}に下位の格で会談）</translation>
    </message>
    <message>
        <source>a visit (the last was {day})</source>
        <translation>訪問（前回は{day}）</translation>
    </message>
    <message>
        <source>relationship level {wanted} (now {level})</source>
        <translation>関係の段階を{wanted}に（現在は{level}）</translation>
    </message>
    <message>
        <source>any of: {conditions}</source>
        <translation>次のいずれか：{conditions}</translation>
    </message>
    <message>
        <source>all of: {conditions}</source>
        <translation>次のすべて：{conditions}</translation>
    </message>
    <message>
        <source>an agreement in force ({kinds})</source>
        <translation>有効な協定（{kinds}）</translation>
    </message>
    <message>
        <source>an agreement in force</source>
        <translation>有効な協定</translation>
    </message>
    <message>
        <source>a head-of-city meeting in the last {years} years</source>
        <translation>直近{years}年の首長級の会談</translation>
    </message>
    <message>
        <source>a meeting in the last {years} years</source>
        <translation>直近{years}年の会談</translation>
    </message>
    <message>
        <source>a meeting at {level} level or above in the last {years} years</source>
        <translation>直近{years}年の{level}以上の会談</translation>
    </message>
    <message>
        <source>a visit of ours in the last {years} years</source>
        <translation>直近{years}年の当方の訪問</translation>
    </message>
    <message>
        <source>a visit from them in the last {years} years</source>
        <translation>直近{years}年の先方の来訪</translation>
    </message>
    <message>
        <source>a visit either way in the last {years} years</source>
        <translation>直近{years}年の双方いずれかの訪問</translation>
    </message>
    <message>
        <source>relationship level {level} or above</source>
        <translation>{level}以上の関係の段階</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Milestone line {number} should read like “2017-12-31: 15”, not “{line}”.</source>
        <translation>中間目標の{number}行目は「{line}」ではなく「2017-12-31: 15」のように書いてください。</translation>
    </message>
    <message>
        <source>Milestone line {number}: the number of cities must be at least 1.</source>
        <translation>中間目標の{number}行目：都市数は1以上にしてください。</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>都市ネットワーク</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>総会</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>出張</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来訪</translation>
    </message>
    <message>
        <source>Signed: {title}</source>
        <translation>締結：{title}</translation>
    </message>
    <message>
        <source>Renewed: {title}</source>
        <translation>更新：{title}</translation>
    </message>
    <message>
        <source>Amended: {title}</source>
        <translation>改定：{title}</translation>
    </message>
    <message>
        <source>Ended: {title}</source>
        <translation>終了：{title}</translation>
    </message>
    <message>
        <source>{text} ({status})</source>
        <translation>{text}（{status}）</translation>
    </message>
</context>
<context>
    <name>trips</name>
    <message>
        <source>A trip that is {old} can become {allowed}, not {new} directly.</source>
        <translation>状況が「{old}」の出張は「{allowed}」にできます。「{new}」には直接変更できません。</translation>
    </message>
    <message>
        <source>A route has at most {most} cities.</source>
        <translation>訪問都市は {most} か所までです。</translation>
    </message>
</context>
<context>
    <name>typed</name>
    <message>
        <source>{text} is not a day in the calendar.</source>
        <translation>{text}は暦にない日付です。</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as year-month-day, like 2015-03-15.</source>
        <translation>「{text}」は日付ではありません。2015-03-15のように年-月-日で入力してください。</translation>
    </message>
    <message>
        <source>{text} is not a day of the {era} era.</source>
        <translation>{text} は{era}の日付ではありません。</translation>
    </message>
    <message>
        <source>Add the time to “{text}”, like {text} 09:30.</source>
        <translation>「{text}」に時刻を加えてください（例：{text} 09:30）。</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time: type it like 2015-03-15 09:30.</source>
        <translation>「{text}」は日時ではありません。2015-03-15 09:30のように入力してください。</translation>
    </message>
    <message>
        <source>{time} is not a time of day.</source>
        <translation>{time}は時刻ではありません。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: type it like 1,850,000.</source>
        <translation>「{text}」は金額ではありません。1,850,000のように入力してください。</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <source>{moment} JST</source>
        <translation>{moment}（日本時間）</translation>
    </message>
    <message>
        <source>No words in {language}; use en or ja.</source>
        <translation>{language} には対応していません。en か ja を指定してください。</translation>
    </message>
</context>
</TS>
