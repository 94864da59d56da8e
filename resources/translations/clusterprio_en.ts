<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>AhpState</name>
    <message>
        <source>Juicio %1 frente a %2: %3</source>
        <translation>Judgment %1 versus %2: %3</translation>
    </message>
    <message>
        <source>sin responder</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Usar los pesos AHP</source>
        <translation>Use the AHP weights</translation>
    </message>
    <message>
        <source>Hacen falta al menos dos criterios para comparar.</source>
        <translation>At least two criteria are needed to compare.</translation>
    </message>
    <message>
        <source>Todavía no hay comparaciones. Responda cada par: ¿cuál de los dos criterios importa más, y cuánto?</source>
        <translation>No comparisons yet. Answer each pair: which of the two criteria matters more, and by how much?</translation>
    </message>
    <message>
        <source>Las comparaciones no bastan para calcular pesos: %1</source>
        <translation>The comparisons are not enough to compute weights: %1</translation>
    </message>
    <message>
        <source>Faltan %1 de %2 comparaciones; se estiman a partir de las demás.</source>
        <translation>%1 of %2 comparisons are missing; they are estimated from the others.</translation>
    </message>
    <message>
        <source>Coherencia aceptable: razón de consistencia RC = %1 (menor que %2).</source>
        <translation>Acceptable consistency: consistency ratio CR = %1 (below %2).</translation>
    </message>
    <message>
        <source>Coherencia dudosa: RC = %1 (debería ser menor que %2). Revise los juicios más extremos.</source>
        <translation>Doubtful consistency: CR = %1 (it should be below %2). Review the most extreme judgments.</translation>
    </message>
    <message>
        <source>Los juicios se contradicen: RC = %1, muy por encima de %2. Revise los pares en los que A supera a B y B a C, pero C supera a A.</source>
        <translation>The judgments contradict each other: CR = %1, well above %2. Review the pairs where A beats B and B beats C, but C beats A.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Se produjo un error inesperado. Su trabajo sigue abierto; guárdelo con «Guardar como» por precaución. Copie los detalles si informa del problema.</source>
        <translation>An unexpected error occurred. Your work is still open; save it with “Save as” to be safe. Copy the details if you report the problem.</translation>
    </message>
</context>
<context>
    <name>ClustersModel</name>
    <message>
        <source>Falta el valor de «%1» para %2.</source>
        <extracomment>Role giving the raw value for sorting (numbers as numbers, missing last). Role giving (cluster id, criterion id or field name) of a cell.</extracomment>
        <translation>The value of “%1” is missing for %2.</translation>
    </message>
    <message>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Clúster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>más es mejor</source>
        <translation>more is better</translation>
    </message>
    <message>
        <source>menos es mejor</source>
        <translation>less is better</translation>
    </message>
    <message>
        <source>Fuente: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Editar el nombre de %1</source>
        <translation>Edit the name of %1</translation>
    </message>
    <message>
        <source>Editar la región de %1</source>
        <translation>Edit the region of %1</translation>
    </message>
    <message>
        <source>Editar %1 de %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Sentido</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Preferencia (PROMETHEE)</source>
        <translation>Preference (PROMETHEE)</translation>
    </message>
    <message>
        <source>q (indiferencia)</source>
        <translation>q (indifference)</translation>
    </message>
    <message>
        <source>p (preferencia)</source>
        <translation>p (preference)</translation>
    </message>
    <message>
        <source>s (gaussiana)</source>
        <translation>s (Gaussian)</translation>
    </message>
    <message>
        <source>Beneficio (más es mejor)</source>
        <translation>Benefit (more is better)</translation>
    </message>
    <message>
        <source>Costo (menos es mejor)</source>
        <translation>Cost (less is better)</translation>
    </message>
    <message>
        <source>I · usual</source>
        <translation>I · usual</translation>
    </message>
    <message>
        <source>II · en U (q)</source>
        <translation>II · U-shape (q)</translation>
    </message>
    <message>
        <source>III · en V (p)</source>
        <translation>III · V-shape (p)</translation>
    </message>
    <message>
        <source>IV · por niveles (q, p)</source>
        <translation>IV · level (q, p)</translation>
    </message>
    <message>
        <source>V · lineal (q, p)</source>
        <translation>V · linear (q, p)</translation>
    </message>
    <message>
        <source>VI · gaussiana (s)</source>
        <translation>VI · Gaussian (s)</translation>
    </message>
    <message>
        <source>Cambiar el nombre de %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Cambiar el grupo de %1</source>
        <translation>Change the group of %1</translation>
    </message>
    <message>
        <source>Cambiar el sentido de %1</source>
        <translation>Change the direction of %1</translation>
    </message>
    <message>
        <source>Cambiar la unidad de %1</source>
        <translation>Change the unit of %1</translation>
    </message>
    <message>
        <source>Cambiar la descripción de %1</source>
        <translation>Change the description of %1</translation>
    </message>
    <message>
        <source>Cambiar la fuente de %1</source>
        <translation>Change the source of %1</translation>
    </message>
    <message>
        <source>Cambiar el año de %1</source>
        <translation>Change the year of %1</translation>
    </message>
    <message>
        <source>Cambiar la función de preferencia de %1</source>
        <translation>Change the preference function of %1</translation>
    </message>
    <message>
        <source>Cambiar el umbral q de %1</source>
        <translation>Change the q threshold of %1</translation>
    </message>
    <message>
        <source>Cambiar el umbral p de %1</source>
        <translation>Change the p threshold of %1</translation>
    </message>
    <message>
        <source>Cambiar el parámetro s de %1</source>
        <translation>Change the s parameter of %1</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>&amp;Añadir criterio</source>
        <translation>&amp;Add criterion</translation>
    </message>
    <message>
        <source>Añadir un criterio después del seleccionado (Ctrl+Mayús+N); sus valores quedan por completar en Datos</source>
        <translation>Add a criterion after the selected one (Ctrl+Shift+N); its values are then filled in under Data</translation>
    </message>
    <message>
        <source>&amp;Quitar criterio</source>
        <translation>&amp;Remove criterion</translation>
    </message>
    <message>
        <source>Quitar el criterio seleccionado con sus valores (se puede deshacer)</source>
        <translation>Remove the selected criterion and its values (can be undone)</translation>
    </message>
    <message>
        <source>&amp;Subir</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Mover el criterio seleccionado hacia arriba (Alt+↑)</source>
        <translation>Move the selected criterion up (Alt+↑)</translation>
    </message>
    <message>
        <source>&amp;Bajar</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Mover el criterio seleccionado hacia abajo (Alt+↓)</source>
        <translation>Move the selected criterion down (Alt+↓)</translation>
    </message>
    <message>
        <source>Haga doble clic en una celda para editarla. Cada grupo tiene un color, el mismo en todas las tablas y gráficos.</source>
        <translation>Double-click a cell to edit it. Each group has one colour, the same in every table and chart.</translation>
    </message>
    <message>
        <source>Grupos:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>(sin descripción)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Fuente: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Nuevo criterio %1</source>
        <translation>New criterion %1</translation>
    </message>
    <message>
        <source>Añadir el criterio %1</source>
        <translation>Add criterion %1</translation>
    </message>
    <message>
        <source>Quitar el criterio %1</source>
        <translation>Remove criterion %1</translation>
    </message>
    <message>
        <source>Mover el criterio %1</source>
        <translation>Move criterion %1</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>No calcular mientras falten valores</source>
        <translation>Do not compute while values are missing</translation>
    </message>
    <message>
        <source>Excluir los clústeres con valores faltantes</source>
        <translation>Exclude the clusters with missing values</translation>
    </message>
    <message>
        <source>Usar la mediana de la columna</source>
        <translation>Use the column median</translation>
    </message>
    <message>
        <source>Usar el peor valor de la columna</source>
        <translation>Use the worst value of the column</translation>
    </message>
    <message>
        <source>Filtrar por código, nombre o región…</source>
        <translation>Filter by code, name or region…</translation>
    </message>
    <message>
        <source>Qué hacer con las celdas vacías al calcular el orden de prioridad</source>
        <translation>What to do with empty cells when computing the priority order</translation>
    </message>
    <message>
        <source>Valores &amp;faltantes:</source>
        <translation>&amp;Missing values:</translation>
    </message>
    <message>
        <source>%1 clústeres</source>
        <translation>%1 clusters</translation>
    </message>
    <message>
        <source>%1 de %2 clústeres</source>
        <translation>%1 of %2 clusters</translation>
    </message>
    <message>
        <source>Falta el valor de «%1» para %2.</source>
        <translation>The value of “%1” is missing for %2.</translation>
    </message>
    <message>
        <source>Problemas de los datos: ninguno</source>
        <translation>Problems in the data: none</translation>
    </message>
    <message>
        <source>Problemas de los datos (%1): haga clic para ir a la celda</source>
        <translation>Problems in the data (%1): click one to go to its cell</translation>
    </message>
    <message>
        <source>Valores faltantes: %1</source>
        <translation>Missing values: %1</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>El libro de resultados contiene la lista de prioridades (Prioridades), los pesos (Pesos), la metodología con todos los parámetros (Metodologia) y sus datos, de modo que puede volver a abrirse en clusterprio.</source>
        <translation>The results workbook holds the priority list (Prioridades), the weights (Pesos), the methodology with every parameter (Metodologia) and your data, so it can be opened again in clusterprio.</translation>
    </message>
    <message>
        <source>Archivo de resultados (.xlsx)</source>
        <translation>Results file (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Elegir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>E&amp;xportar el libro de resultados</source>
        <translation>E&amp;xport the results workbook</translation>
    </message>
    <message>
        <source>Abrir la &amp;carpeta</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Guardar en:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Vista previa del libro:</source>
        <translation>Preview of the workbook:</translation>
    </message>
    <message>
        <source>Primero hace falta un orden de prioridad válido (vea Resultados).</source>
        <translation>A valid priority order is needed first (see Results).</translation>
    </message>
    <message>
        <source>Exportar el libro de resultados</source>
        <translation>Export the results workbook</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportar</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ese es el libro de la sesión. Elija otro nombre para el libro de resultados.</source>
        <translation>That is the session workbook. Choose another name for the results workbook.</translation>
    </message>
    <message>
        <source>Ya existe %1. ¿Quiere reemplazarlo?</source>
        <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Listo: se escribió %1.</source>
        <translation>Done: %1 was written.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Sin título</source>
        <extracomment>A file was opened (path or &quot;&quot; for the sample). The session was saved to this path. A recovery file was written.</extracomment>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Libros de cálculo (*.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Abrir un libro</source>
        <translation>Open a workbook</translation>
    </message>
    <message>
        <source>Muestra (ilustrativa)</source>
        <translation>Sample (illustrative)</translation>
    </message>
    <message>
        <source>El archivo no existe:
%1</source>
        <translation>The file does not exist:
%1</translation>
    </message>
    <message>
        <source>No se puede abrir el libro</source>
        <translation>The workbook cannot be opened</translation>
    </message>
    <message>
        <source>El libro %1 tiene problemas que impiden abrirlo. Corríjalos en la hoja de cálculo y vuelva a abrirlo.</source>
        <translation>The workbook %1 has problems that prevent opening it. Correct them in the spreadsheet and open it again.</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 es el libro que abrió. ¿Quiere reemplazarlo con la sesión actual?

Elija «No» para guardar con otro nombre y conservar el original.</source>
        <translation>%1 is the workbook you opened. Do you want to replace it with the current session?

Choose “No” to save under another name and keep the original.</translation>
    </message>
    <message>
        <source>Guardar como</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>No se pudo guardar en %1. Su trabajo sigue abierto: pruebe «Guardar como» en otra carpeta.</source>
        <translation>Could not save to %1. Your work is still open: try “Save as” in another folder.</translation>
    </message>
    <message>
        <source>No se pudo guardar en %1 (%2). Su trabajo sigue abierto: pruebe «Guardar como» en otra carpeta.</source>
        <translation>Could not save to %1 (%2). Your work is still open: try “Save as” in another folder.</translation>
    </message>
    <message>
        <source>Guardar la plantilla en blanco</source>
        <translation>Save the blank template</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>La sesión «%1» tiene cambios sin guardar. ¿Quiere guardarlos?</source>
        <translation>The session “%1” has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <source>sin título</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Recuperar la sesión</source>
        <translation>Recover the session</translation>
    </message>
    <message>
        <source>clusterprio se cerró sin guardar la sesión «%1». Hay una copia automática del %2.

¿Quiere recuperarla?</source>
        <translation>clusterprio closed without saving the session “%1”. There is an automatic copy from %2.

Do you want to recover it?</translation>
    </message>
    <message>
        <source>%1 (recuperado)</source>
        <translation>%1 (recovered)</translation>
    </message>
</context>
<context>
    <name>GroupWeights</name>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Peso del grupo</source>
        <translation>Group weight</translation>
    </message>
    <message>
        <source>Fijo</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>(sin grupo)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Peso total de los criterios del grupo %1</source>
        <translation>Total weight of the criteria of group %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Archivo</source>
        <extracomment>Emitted once, the first time the window is shown (start-up benchmark). A workspace was created for a newly loaded document.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Abrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Abrir un libro de Excel o LibreOffice</source>
        <translation>Open an Excel or LibreOffice workbook</translation>
    </message>
    <message>
        <source>Abrir la &amp;muestra</source>
        <translation>Open the &amp;sample</translation>
    </message>
    <message>
        <source>Abrir los datos ilustrativos de clústeres del Perú</source>
        <translation>Open the illustrative data on Peruvian clusters</translation>
    </message>
    <message>
        <source>Archivos &amp;recientes</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Guardar toda la sesión en el libro</source>
        <translation>Save the whole session in the workbook</translation>
    </message>
    <message>
        <source>Guardar &amp;como…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Guardar la sesión en otro libro</source>
        <translation>Save the session in another workbook</translation>
    </message>
    <message>
        <source>&amp;Exportar resultados…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <source>Escribir el libro de resultados</source>
        <translation>Write the results workbook</translation>
    </message>
    <message>
        <source>Guardar la &amp;plantilla en blanco…</source>
        <translation>Save the blank &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Cerrar el libro</source>
        <translation>&amp;Close the workbook</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edición</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Paso</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>&amp;Aumentar el texto</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Texto más grande, para el proyector</source>
        <translation>Larger text, for the projector</translation>
    </message>
    <message>
        <source>&amp;Reducir el texto</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>Tamaño &amp;normal</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>Pantalla &amp;completa</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Cómo se usa</source>
        <translation>&amp;How to use it</translation>
    </message>
    <message>
        <source>&amp;Acerca de clusterprio</source>
        <translation>&amp;About clusterprio</translation>
    </message>
    <message>
        <source>Acerca de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Tamaño del texto: %1 %</source>
        <translation>Text size: %1 %</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>El idioma se aplicará la próxima vez que abra clusterprio.</source>
        <translation>The language will be applied the next time you open clusterprio.</translation>
    </message>
    <message>
        <source>Acerca de clusterprio</source>
        <translation>About clusterprio</translation>
    </message>
    <message>
        <source>&lt;b&gt;clusterprio&lt;/b&gt; %1&lt;br&gt;Priorización de clústeres industriales con métodos multicriterio (AHP, TOPSIS, VIKOR, PROMETHEE II, WSM, COPRAS).&lt;br&gt;Funciona sin conexión: sus datos no se envían a ninguna parte.</source>
        <translation>&lt;b&gt;clusterprio&lt;/b&gt; %1&lt;br&gt;Prioritization of industrial clusters with multi-criteria methods (AHP, TOPSIS, VIKOR, PROMETHEE II, WSM, COPRAS).&lt;br&gt;It works offline: your data are never sent anywhere.</translation>
    </message>
    <message>
        <source>Cómo se usa</source>
        <translation>How to use it</translation>
    </message>
    <message>
        <source>&lt;p&gt;Siga los pasos de la barra lateral:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Datos&lt;/b&gt;: revise los valores de cada clúster y corrija los problemas señalados.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Criterios&lt;/b&gt;: nombre, grupo, sentido (beneficio o costo) y unidad de cada criterio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pesos&lt;/b&gt;: reparta la importancia de los criterios directamente, por grupos, por orden o con comparaciones por pares (AHP).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Resultados&lt;/b&gt;: el orden de prioridad con el método elegido y los demás métodos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Exportar&lt;/b&gt;: escriba el libro de resultados para el acta.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+Z deshace cualquier cambio. La guía completa está en docs/guia-usuario.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Follow the steps in the sidebar:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: check the values of each cluster and correct the problems shown.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Criteria&lt;/b&gt;: name, group, direction (benefit or cost) and unit of each criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weights&lt;/b&gt;: share out the importance of the criteria directly, by group, by order or with pairwise comparisons (AHP).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Results&lt;/b&gt;: the priority order with the chosen method and the other methods.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export&lt;/b&gt;: write the results workbook for the minutes.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+Z undoes any change. The full guide (in Spanish) is docs/guia-usuario.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Peso</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Prioridad de cada criterio según esta matriz (vector propio principal)</source>
        <translation>Priority of each criterion from this matrix (principal eigenvector)</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <source>Suma de los valores normalizados de cada criterio por su peso.</source>
        <translation>Sum of the normalized values of each criterion times its weight.</translation>
    </message>
    <message>
        <source>Cercanía relativa a la solución ideal y lejanía de la peor.</source>
        <translation>Relative closeness to the ideal solution and distance from the worst.</translation>
    </message>
    <message>
        <source>Solución de compromiso entre el beneficio del grupo y el peor criterio de cada clúster; un valor Q menor es mejor.</source>
        <translation>Compromise between the group benefit and the worst criterion of each cluster; a lower Q is better.</translation>
    </message>
    <message>
        <source>Flujo neto de preferencias al comparar cada par de clústeres criterio por criterio.</source>
        <translation>Net preference flow from comparing every pair of clusters criterion by criterion.</translation>
    </message>
    <message>
        <source>Suma ponderada de los valores normalizados.</source>
        <translation>Weighted sum of the normalized values.</translation>
    </message>
    <message>
        <source>Utilidad relativa que separa los criterios de beneficio de los de costo.</source>
        <translation>Relative utility that treats benefit and cost criteria separately.</translation>
    </message>
    <message>
        <source>Normalización</source>
        <translation>Normalization</translation>
    </message>
    <message>
        <source>Peso de la estrategia de la mayoría (v)</source>
        <translation>Weight of the majority strategy (v)</translation>
    </message>
    <message>
        <source>Modo</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Doble clic o F2 para responder en palabras o con un número (por ejemplo 3 o 1/5)</source>
        <extracomment>Role giving a pair&apos;s judgment as a float (NaN = unanswered).</extracomment>
        <translation>Double-click or F2 to answer in words or with a number (for example 3 or 1/5)</translation>
    </message>
    <message>
        <source>Criterio A</source>
        <translation>Criterion A</translation>
    </message>
    <message>
        <source>Juicio</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>Criterio B</source>
        <translation>Criterion B</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>PairwiseEditor</name>
    <message>
        <source>Usar estos pesos (AHP)</source>
        <translation>Use these weights (AHP)</translation>
    </message>
    <message>
        <source>Los pesos de los criterios pasan a ser las prioridades de esta matriz; cada cambio de juicio los actualiza</source>
        <translation>The criteria weights become the priorities of this matrix; every change of judgment updates them</translation>
    </message>
    <message>
        <source>Para cada par, ¿cuál de los dos criterios importa más para priorizar clústeres, y cuánto? Responda en palabras (doble clic en «Juicio») o con un número en «Valor» (por ejemplo 3 o 1/5); la flecha señala el criterio más importante. Los pares sin responder se estiman a partir de los demás.</source>
        <translation>For each pair: which of the two criteria matters more for prioritizing clusters, and by how much? Answer in words (double-click “Judgment”) or with a number under “Value” (for example 3 or 1/5); the arrow points at the more important criterion. Unanswered pairs are estimated from the others.</translation>
    </message>
    <message>
        <source>Matriz de comparaciones (fila frente a columna)</source>
        <translation>Comparison matrix (row versus column)</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Puesto con %1: %2 (puntaje %3)</source>
        <translation>Place with %1: %2 (score %3)</translation>
    </message>
    <message>
        <source>Antes del último cambio estaba en el puesto %1</source>
        <translation>Before the last change it was in place %1</translation>
    </message>
    <message>
        <source>Puesto según %1</source>
        <translation>Place by %1</translation>
    </message>
    <message>
        <source>menor es mejor</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>mayor es mejor</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>Puntaje %1
(%2)</source>
        <translation>%1 score
(%2)</translation>
    </message>
    <message>
        <source>Puesto</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Clúster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Puntaje</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cuántos puestos subió (▲) o bajó (▼) cada clúster con el último cambio</source>
        <translation>How many places each cluster rose (▲) or fell (▼) with the last change</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Método principal:</source>
        <translation>Main &amp;method:</translation>
    </message>
    <message>
        <source>&amp;Tabla de prioridades</source>
        <translation>Priority &amp;table</translation>
    </message>
    <message>
        <source>&amp;Gráfico de puntajes</source>
        <translation>Score &amp;chart</translation>
    </message>
    <message>
        <source>Calculando…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>… y %1 problemas más.</source>
        <translation>… and %1 more problems.</translation>
    </message>
    <message>
        <source>No se puede calcular el orden de prioridad:</source>
        <translation>The priority order cannot be computed:</translation>
    </message>
    <message>
        <source>%1 clústeres ordenados con %2 en %3 ms.</source>
        <translation>%1 clusters ranked with %2 in %3 ms.</translation>
    </message>
    <message>
        <source>… y %1 avisos más.</source>
        <translation>… and %1 more warnings.</translation>
    </message>
    <message>
        <source>Método principal: %1</source>
        <translation>Main method: %1</translation>
    </message>
    <message>
        <source>%1 de %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>Saaty</name>
    <message>
        <source>igual</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>entre igual y moderadamente más importante</source>
        <translation>between equally and moderately more important</translation>
    </message>
    <message>
        <source>moderadamente más importante</source>
        <translation>moderately more important</translation>
    </message>
    <message>
        <source>entre moderadamente y mucho más importante</source>
        <translation>between moderately and strongly more important</translation>
    </message>
    <message>
        <source>mucho más importante</source>
        <translation>strongly more important</translation>
    </message>
    <message>
        <source>entre mucho y muchísimo más importante</source>
        <translation>between strongly and very strongly more important</translation>
    </message>
    <message>
        <source>muchísimo más importante</source>
        <translation>very strongly more important</translation>
    </message>
    <message>
        <source>entre muchísimo y extremadamente más importante</source>
        <translation>between very strongly and extremely more important</translation>
    </message>
    <message>
        <source>extremadamente más importante</source>
        <translation>extremely more important</translation>
    </message>
    <message>
        <source>sin responder</source>
        <extracomment>Every value offered in the verbal choice, A&apos;s side first: 9 … 2, 1, 1/2 … 1/9.</extracomment>
        <translation>not answered</translation>
    </message>
    <message>
        <source>%1 y %2: igual de importantes</source>
        <translation>%1 and %2: equally important</translation>
    </message>
    <message>
        <source>%1 %2 que %3</source>
        <translation>%1 %2 than %3</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Puntaje %1: aporte de cada grupo</source>
        <extracomment>Methods whose score is the sum of the engine&apos;s ``weighted`` table (w_j r_ij).</extracomment>
        <translation>%1 score: contribution of each group</translation>
    </message>
    <message>
        <source>menor es mejor</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>mayor es mejor</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>Puntaje %1 (%2)</source>
        <translation>%1 score (%2)</translation>
    </message>
    <message>
        <source>El aporte de cada grupo se muestra con AHP o WSM</source>
        <translation>The contribution of each group is shown with AHP or WSM</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Priorización de clústeres industriales para comités regionales</source>
        <translation>Prioritization of industrial clusters for regional committees</translation>
    </message>
    <message>
        <source>Abrir un libro de Excel o LibreOffice…</source>
        <translation>Open an Excel or LibreOffice workbook…</translation>
    </message>
    <message>
        <source>Abrir un libro con las hojas Clusters y Criterios (Ctrl+O)</source>
        <translation>Open a workbook with the Clusters and Criterios sheets (Ctrl+O)</translation>
    </message>
    <message>
        <source>Abrir la muestra (clústeres del Perú, ilustrativa)</source>
        <translation>Open the sample (Peruvian clusters, illustrative)</translation>
    </message>
    <message>
        <source>Datos ilustrativos de unos 20 clústeres candidatos del Perú</source>
        <translation>Illustrative data on about 20 candidate clusters in Peru</translation>
    </message>
    <message>
        <source>Guardar la plantilla en blanco…</source>
        <translation>Save the blank template…</translation>
    </message>
    <message>
        <source>Un libro vacío con instrucciones para preparar sus datos</source>
        <translation>An empty workbook with instructions for preparing your data</translation>
    </message>
    <message>
        <source>También puede arrastrar un libro (.xlsx, .xlsm, .xls, .ods) a esta ventana.</source>
        <translation>You can also drag a workbook (.xlsx, .xlsm, .xls, .ods) onto this window.</translation>
    </message>
    <message>
        <source>Archivos recientes</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Archivos recientes: ninguno todavía</source>
        <translation>Recent files: none yet</translation>
    </message>
</context>
<context>
    <name>WeightSliders</name>
    <message>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Peso</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Fijo</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Entropía</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Pesos asignados directamente.</source>
        <translation>Weights assigned directly.</translation>
    </message>
    <message>
        <source>Pesos iguales para todos los criterios.</source>
        <translation>Equal weights for every criterion.</translation>
    </message>
    <message>
        <source>Pesos repartidos por grupos de criterios.</source>
        <translation>Weights shared out by criteria groups.</translation>
    </message>
    <message>
        <source>Pesos por orden de importancia (centroide, ROC).</source>
        <translation>Weights from an order of importance (rank-order centroid, ROC).</translation>
    </message>
    <message>
        <source>Pesos por orden de importancia (suma de rangos).</source>
        <translation>Weights from an order of importance (rank sum).</translation>
    </message>
    <message>
        <source>Pesos objetivos por entropía de los datos.</source>
        <translation>Objective weights from the entropy of the data.</translation>
    </message>
    <message>
        <source>Pesos objetivos CRITIC.</source>
        <translation>Objective CRITIC weights.</translation>
    </message>
    <message>
        <source>Pesos de la comparación por pares (AHP).</source>
        <translation>Weights from the pairwise comparison (AHP).</translation>
    </message>
    <message>
        <source>Pesos &amp;iguales</source>
        <translation>&amp;Equal weights</translation>
    </message>
    <message>
        <source>Usar pesos de entropía</source>
        <translation>Use entropy weights</translation>
    </message>
    <message>
        <source>Usar pesos CRITIC</source>
        <translation>Use CRITIC weights</translation>
    </message>
    <message>
        <source>Pesos objetivos calculados solo a partir de la variación de los datos; sirven de referencia, no expresan la opinión del comité</source>
        <translation>Objective weights computed only from the variation of the data; a reference, not the committee’s view</translation>
    </message>
    <message>
        <source>Mueva un peso y los demás se ajustan para sumar 100 %. Marque «fijo» para que un peso no cambie.</source>
        <translation>Move a weight and the others adjust to sum to 100 %. Tick “locked” to keep a weight as it is.</translation>
    </message>
    <message>
        <source>El peso de cada grupo se reparte entre sus criterios en la proporción actual.</source>
        <translation>Each group’s weight is shared among its criteria in their current proportion.</translation>
    </message>
    <message>
        <source>Aplicar pesos por orden (ROC)</source>
        <translation>Apply weights by order (ROC)</translation>
    </message>
    <message>
        <source>Centroide de rangos (Barron y Barrett, 1996): el primero pesa más</source>
        <translation>Rank-order centroid (Barron &amp; Barrett, 1996): the first weighs most</translation>
    </message>
    <message>
        <source>Aplicar suma de rangos</source>
        <translation>Apply rank sum</translation>
    </message>
    <message>
        <source>Arrastre los criterios (o use Alt+↑ y Alt+↓) para ordenarlos del más importante al menos importante; luego aplique los pesos.</source>
        <translation>Drag the criteria (or use Alt+↑ and Alt+↓) to order them from most to least important; then apply the weights.</translation>
    </message>
    <message>
        <source>Por &amp;criterio</source>
        <translation>By &amp;criterion</translation>
    </message>
    <message>
        <source>Por &amp;grupo</source>
        <translation>By &amp;group</translation>
    </message>
    <message>
        <source>Por &amp;orden</source>
        <translation>By &amp;order</translation>
    </message>
    <message>
        <source>Comparación por &amp;pares (AHP)</source>
        <translation>&amp;Pairwise comparison (AHP)</translation>
    </message>
    <message>
        <source>Orden de prioridad (se actualiza al mover los pesos)</source>
        <translation>Priority order (updates as you move the weights)</translation>
    </message>
    <message>
        <source>Cambiar el peso de %1</source>
        <translation>Change the weight of %1</translation>
    </message>
    <message>
        <source>Cambiar el peso del grupo %1</source>
        <translation>Change the weight of group %1</translation>
    </message>
    <message>
        <source>Pesos iguales</source>
        <translation>Equal weights</translation>
    </message>
    <message>
        <source>Pesos por orden (ROC)</source>
        <translation>Weights by order (ROC)</translation>
    </message>
    <message>
        <source>Pesos por orden (suma de rangos)</source>
        <translation>Weights by order (rank sum)</translation>
    </message>
    <message>
        <source>Ordenar los criterios por importancia</source>
        <translation>Order the criteria by importance</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Datos</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Criterios</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Pesos</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Exportar</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Los valores de cada clúster, con los problemas encontrados</source>
        <translation>The values of each cluster, with the problems found</translation>
    </message>
    <message>
        <source>Nombre, grupo, sentido y unidad de cada criterio</source>
        <translation>Name, group, direction and unit of each criterion</translation>
    </message>
    <message>
        <source>La importancia de cada criterio</source>
        <translation>How much each criterion matters</translation>
    </message>
    <message>
        <source>El orden de prioridad de los clústeres</source>
        <translation>The priority order of the clusters</translation>
    </message>
    <message>
        <source>El libro de resultados para el acta</source>
        <translation>The results workbook for the minutes</translation>
    </message>
    <message>
        <source>Paso &amp;siguiente</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Paso &amp;anterior</source>
        <translation>&amp;Previous step</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>fijo</source>
        <extracomment>(new weights in row order, key of the row the user moved)</extracomment>
        <translation>locked</translation>
    </message>
    <message>
        <source>Fijar este peso: los demás absorben los cambios</source>
        <translation>Lock this weight: the others absorb the changes</translation>
    </message>
</context>
</TS>
