<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>AggregationPanel</name>
    <message>
        <source>AIJ: media geométrica ponderada de los juicios</source>
        <translation>AIJ: weighted geometric mean of the judgments</translation>
    </message>
    <message>
        <source>AIP: media geométrica ponderada de las prioridades</source>
        <translation>AIP: weighted geometric mean of the priorities</translation>
    </message>
    <message>
        <source>AIJ si el comité actúa como una unidad; AIP si cada miembro opina por su cuenta (Forman y Peniwati, 1998)</source>
        <translation>AIJ when the committee acts as one unit; AIP when each member speaks for themselves (Forman and Peniwati, 1998)</translation>
    </message>
    <message>
        <source>Ordenar con los pesos del &amp;comité</source>
        <translation>Rank with the &amp;committee&apos;s weights</translation>
    </message>
    <message>
        <source>Agregación:</source>
        <translation>Aggregation:</translation>
    </message>
    <message>
        <source>Todavía no hay juicios del comité.</source>
        <translation>The committee has no judgments yet.</translation>
    </message>
    <message>
        <source>%1 (voto %2)</source>
        <translation>%1 (vote %2)</translation>
    </message>
    <message>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Comité</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>El resultado agregado del comité</source>
        <translation>The committee&apos;s aggregated result</translation>
    </message>
    <message>
        <source>RC %1</source>
        <translation>CR %1</translation>
    </message>
    <message>
        <source>Peso del grupo</source>
        <translation>Group weight</translation>
    </message>
    <message>
        <source>Peso local</source>
        <translation>Local weight</translation>
    </message>
    <message>
        <source>Peso global</source>
        <translation>Global weight</translation>
    </message>
    <message>
        <source>Los resultados se ordenan con los pesos del comité.</source>
        <translation>The results are ranked with the committee&apos;s weights.</translation>
    </message>
    <message>
        <source>Los resultados se ordenan con otros pesos (paso Pesos); puede usar los del comité.</source>
        <translation>The results are ranked with other weights (Weights step); you can use the committee&apos;s.</translation>
    </message>
    <message>
        <source>Sin pesos completos: %1 (faltan juicios).</source>
        <translation>Without complete weights: %1 (judgments missing).</translation>
    </message>
    <message>
        <source>Agregación del comité: %1</source>
        <translation>Committee aggregation: %1</translation>
    </message>
    <message>
        <source>Usar los pesos del comité</source>
        <translation>Use the committee&apos;s weights</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Spearman (rs)</source>
        <translation>Spearman (rs)</translation>
    </message>
    <message>
        <source>Spearman ponderado (rw)</source>
        <translation>Weighted Spearman (rw)</translation>
    </message>
    <message>
        <source>Similitud WS</source>
        <translation>WS similarity</translation>
    </message>
    <message>
        <source>rw y WS dan más peso a los desacuerdos en los primeros lugares; WS no es simétrico: la fila es el método de referencia</source>
        <translation>rw and WS weigh disagreements in the first places more; WS is not symmetric: the row is the reference method</translation>
    </message>
    <message>
        <source>&amp;Coeficiente:</source>
        <translation>&amp;Coefficient:</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Clúster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>En los %1 primeros</source>
        <translation>In the top %1</translation>
    </message>
    <message>
        <source>Intervalo 90 %</source>
        <translation>90 % interval</translation>
    </message>
    <message>
        <source>Firme en los %1 primeros</source>
        <translation>Firm in the top %1</translation>
    </message>
    <message>
        <source>En verde, el grupo firme de los %1 primeros: en los %1 primeros con todos los métodos y en al menos el %2 de las muestras.</source>
        <translation>In green, the firm group of the top %1: in the top %1 under every method and in at least %2 of the samples.</translation>
    </message>
    <message>
        <source>No se pudo comparar con %1: no admite estos datos (detalles al pasar el ratón).</source>
        <translation>Could not compare with %1: it does not accept these data (hover for details).</translation>
    </message>
    <message>
        <source>Método</source>
        <translation>Method</translation>
    </message>
</context>
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
        <source>Falta 1 de %2 comparaciones; se estima a partir de las demás.</source>
        <translation>1 of %2 comparisons is missing; it is estimated from the others.</translation>
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
        <source>Los detalles también quedaron en el registro: %1</source>
        <translation>The details were also written to the log: %1</translation>
    </message>
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
    <name>ChangesModel</name>
    <message>
        <source>mejor</source>
        <translation>better</translation>
    </message>
    <message>
        <source>peor</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>sin dato</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>sin cambio</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>Clúster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Línea de base</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Valor nuevo</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cambio %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Evaluación</source>
        <translation>Assessment</translation>
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
    <name>CommitteeModels</name>
    <message>
        <source>Grupos de criterios</source>
        <translation>Criterion groups</translation>
    </message>
    <message>
        <source>Todos los criterios</source>
        <translation>All criteria</translation>
    </message>
    <message>
        <source>Criterios de %1</source>
        <translation>Criteria of %1</translation>
    </message>
    <message>
        <source>La mayor razón de consistencia (RC) entre las matrices del miembro; aceptable si es menor que %1</source>
        <translation>The largest consistency ratio (CR) among the member&apos;s matrices; acceptable when below %1</translation>
    </message>
    <message>
        <source>Peso de voto en la agregación del comité (relativo: 2 vale el doble que 1)</source>
        <translation>Voting weight in the committee&apos;s aggregation (relative: 2 counts twice as much as 1)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Peso de voto</source>
        <translation>Voting weight</translation>
    </message>
    <message>
        <source>Juicios</source>
        <translation>Judgments</translation>
    </message>
    <message>
        <source>RC máx.</source>
        <translation>Max. CR</translation>
    </message>
    <message>
        <source>Cambiar %1 de %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Bloque</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Elemento A</source>
        <translation>Item A</translation>
    </message>
    <message>
        <source>Juicio</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>Elemento B</source>
        <translation>Item B</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Juicio de %1: %2 frente a %3</source>
        <translation>Judgment of %1: %2 versus %3</translation>
    </message>
</context>
<context>
    <name>CommitteeView</name>
    <message>
        <source>&amp;Miembros</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Juicios</source>
        <translation>&amp;Judgments</translation>
    </message>
    <message>
        <source>A&amp;gregación</source>
        <translation>A&amp;ggregation</translation>
    </message>
    <message>
        <source>C&amp;onsenso y rondas</source>
        <translation>C&amp;onsensus and rounds</translation>
    </message>
    <message>
        <source>%1 miembros</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <source>jerárquico</source>
        <translation>hierarchical</translation>
    </message>
    <message>
        <source>plano</source>
        <translation>flat</translation>
    </message>
    <message>
        <source>modo %1, %2 juicios por miembro</source>
        <translation>%1 mode, %2 judgments per member</translation>
    </message>
    <message>
        <source>consenso %1 (%2)</source>
        <translation>consensus %1 (%2)</translation>
    </message>
    <message>
        <source>ronda %1</source>
        <translation>round %1</translation>
    </message>
    <message>
        <source>%1 filas de auditoría</source>
        <translation>%1 audit rows</translation>
    </message>
    <message>
        <source>&amp;Comité</source>
        <translation>&amp;Committee</translation>
    </message>
    <message>
        <source>Ir al &amp;comité</source>
        <translation>Go to the &amp;committee</translation>
    </message>
    <message>
        <source>&amp;Modo reunión</source>
        <translation>&amp;Meeting mode</translation>
    </message>
    <message>
        <source>&amp;Guardar ronda</source>
        <translation>&amp;Save round</translation>
    </message>
    <message>
        <source>&amp;Exportar cuestionarios…</source>
        <translation>&amp;Export questionnaires…</translation>
    </message>
    <message>
        <source>&amp;Importar cuestionarios…</source>
        <translation>&amp;Import questionnaires…</translation>
    </message>
</context>
<context>
    <name>CompromiseLabel</name>
    <message>
        <source>VIKOR (Opricovic y Tzeng, 2004): S es la utilidad de grupo (suma ponderada de las distancias a lo mejor), R el arrepentimiento individual (la mayor de esas distancias) y Q los combina; un Q menor es mejor. DQ = 1/(m − 1), con m clústeres.</source>
        <translation>VIKOR (Opricovic &amp; Tzeng, 2004): S is the group utility (weighted sum of the distances to the best), R the individual regret (the largest of those distances) and Q combines them; a lower Q is better. DQ = 1/(m − 1), with m clusters.</translation>
    </message>
    <message>
        <source>Solución de compromiso de VIKOR: %1. Cumple las dos condiciones de Opricovic y Tzeng.</source>
        <translation>VIKOR compromise solution: %1. It meets both conditions of Opricovic and Tzeng.</translation>
    </message>
    <message>
        <source>Conjunto de compromiso de VIKOR: %1. Ninguno se impone claramente a los demás.</source>
        <translation>VIKOR compromise set: %1. None clearly prevails over the others.</translation>
    </message>
    <message>
        <source>Ventaja aceptable (C1): sí. El primero aventaja al segundo en Q por %1, al menos el mínimo DQ = %2.</source>
        <translation>Acceptable advantage (C1): yes. The first leads the second on Q by %1, at least the minimum DQ = %2.</translation>
    </message>
    <message>
        <source>Ventaja aceptable (C1): no. El primero aventaja al segundo en Q solo por %1, menos que el mínimo DQ = %2; por eso se proponen todos los clústeres cuyo Q está a menos de DQ del primero.</source>
        <translation>Acceptable advantage (C1): no. The first leads the second on Q by only %1, less than the minimum DQ = %2; so every cluster whose Q is less than DQ above the first&apos;s is proposed.</translation>
    </message>
    <message>
        <source>Estabilidad aceptable (C2): sí. %1 también es el mejor por S (utilidad de grupo) y por R (arrepentimiento individual).</source>
        <translation>Acceptable stability (C2): yes. %1 is also the best by S (group utility) and by R (individual regret).</translation>
    </message>
    <message>
        <source>Estabilidad aceptable (C2): sí. %1 también es el mejor por S (utilidad de grupo).</source>
        <translation>Acceptable stability (C2): yes. %1 is also the best by S (group utility).</translation>
    </message>
    <message>
        <source>Estabilidad aceptable (C2): sí. %1 también es el mejor por R (arrepentimiento individual).</source>
        <translation>Acceptable stability (C2): yes. %1 is also the best by R (individual regret).</translation>
    </message>
    <message>
        <source>Estabilidad aceptable (C2): no. %1 no es el mejor ni por S (utilidad de grupo) ni por R (arrepentimiento individual); por eso el segundo, %2, también forma parte del conjunto.</source>
        <translation>Acceptable stability (C2): no. %1 is the best neither by S (group utility) nor by R (individual regret); so the second, %2, is also part of the set.</translation>
    </message>
    <message>
        <source>Estabilidad aceptable (C2): no. %1 no es el mejor ni por S (utilidad de grupo) ni por R (arrepentimiento individual).</source>
        <translation>Acceptable stability (C2): no. %1 is the best neither by S (group utility) nor by R (individual regret).</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <source>muy bajo</source>
        <translation>very low</translation>
    </message>
    <message>
        <source>bajo</source>
        <translation>low</translation>
    </message>
    <message>
        <source>moderado</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>alto</source>
        <translation>high</translation>
    </message>
    <message>
        <source>muy alto</source>
        <translation>very high</translation>
    </message>
    <message>
        <source>Nombre de la ronda (por ejemplo «Primera votación»)</source>
        <translation>Name of the round (for example “First vote”)</translation>
    </message>
    <message>
        <source>&amp;Guardar ronda</source>
        <translation>&amp;Save round</translation>
    </message>
    <message>
        <source>Comparar</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>con</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Pares en los que los miembros más difieren (dispersión de los logaritmos de sus juicios)</source>
        <translation>Pairs on which the members differ most (spread of the logarithms of their judgments)</translation>
    </message>
    <message>
        <source>Rondas: guarde el estado, discutan, vuelvan a votar y compare.</source>
        <translation>Rounds: save the state, discuss, vote again and compare.</translation>
    </message>
    <message>
        <source>Hacen falta al menos dos miembros con juicios para medir el consenso.</source>
        <translation>At least two members with judgments are needed to measure consensus.</translation>
    </message>
    <message>
        <source>Consenso del comité (indicador de Goepel, 0 a 100 %): %1, %2.</source>
        <translation>Committee consensus (Goepel&apos;s indicator, 0 to 100 %): %1, %2.</translation>
    </message>
    <message>
        <source>Bloque</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Peso del bloque</source>
        <translation>Block weight</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Media geométrica</source>
        <translation>Geometric mean</translation>
    </message>
    <message>
        <source>Dispersión</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Opuestos</source>
        <translation>Opposed</translation>
    </message>
    <message>
        <source>Desviación estándar de los logaritmos de los juicios: 0 si todos coinciden; 1 equivale a un factor de 2,7 en la escala de Saaty</source>
        <translation>Standard deviation of the logarithms of the judgments: 0 when all agree; 1 is a factor of 2.7 on Saaty&apos;s scale</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Estado actual</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>Ronda %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Guarde una ronda para compararla con el estado actual.</source>
        <translation>Save a round to compare it with the current state.</translation>
    </message>
    <message>
        <source>Consenso: %1 → %2. Juicios cambiados: %3.</source>
        <translation>Consensus: %1 → %2. Judgments changed: %3.</translation>
    </message>
    <message>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CriteriaChecklist</name>
    <message>
        <source>sin datos</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>reemplaza</source>
        <translation>replaces</translation>
    </message>
    <message>
        <source>nuevo</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Marque para llevar %1 a la matriz de decisión</source>
        <translation>Check to bring %1 into the decision matrix</translation>
    </message>
    <message>
        <source>Los datos brutos no dan ningún valor para %1</source>
        <translation>The raw data give no value for %1</translation>
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
    <name>CriticalTable</name>
    <message>
        <source>Cada fila es un par de lugares vecinos: el peso cuyo menor cambio los intercambia (los demás pesos se reajustan en proporción). La última fila decide quién entra en los primeros k.</source>
        <translation>Each row is a pair of neighbouring places: the weight whose smallest change swaps them (the other weights are rescaled in proportion). The last row decides who enters the top k.</translation>
    </message>
    <message>
        <source>Lugares</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Clúster de arriba</source>
        <translation>Upper cluster</translation>
    </message>
    <message>
        <source>Clúster de abajo</source>
        <translation>Lower cluster</translation>
    </message>
    <message>
        <source>Peso que más influye</source>
        <translation>Most influential weight</translation>
    </message>
    <message>
        <source>Peso actual</source>
        <translation>Current weight</translation>
    </message>
    <message>
        <source>Peso crítico</source>
        <translation>Critical weight</translation>
    </message>
    <message>
        <source>Cambio (puntos)</source>
        <translation>Change (points)</translation>
    </message>
    <message>
        <source>Cambio relativo</source>
        <translation>Relative change</translation>
    </message>
    <message>
        <source>(ya empatados)</source>
        <translation>(already tied)</translation>
    </message>
    <message>
        <source>(ningún cambio de un solo peso)</source>
        <translation>(no change of a single weight)</translation>
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
        <source>Exportar el &amp;informe PDF</source>
        <translation>Export the PDF &amp;report</translation>
    </message>
    <message>
        <source>El informe para el acta: lista justificada, perfiles, sensibilidad, comité y anexos; junto al libro, con el mismo nombre</source>
        <translation>The report for the minutes: justified list, profiles, sensitivity, committee and annexes; next to the workbook, with the same name</translation>
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
        <source>Lista justificada</source>
        <translation>Justified list</translation>
    </message>
    <message>
        <source>Vista previa del libro</source>
        <translation>Workbook preview</translation>
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
        <source>Actualizando la lista antes de exportar…</source>
        <translation>Updating the list before exporting…</translation>
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
    <message>
        <source>La lista se está actualizando; pruebe de nuevo en un momento.</source>
        <translation>The list is being updated; try again in a moment.</translation>
    </message>
    <message>
        <source>Escribiendo el informe PDF %1…</source>
        <translation>Writing the PDF report %1…</translation>
    </message>
    <message>
        <source>Listo: se escribió el informe %1.</source>
        <translation>Done: the report %1 was written.</translation>
    </message>
    <message>
        <source>La hoja Sensibilidad lleva el análisis del paso Sensibilidad (%1 muestras, semilla %2).</source>
        <translation>The Sensibilidad sheet holds the analysis of the Sensitivity step (%1 samples, seed %2).</translation>
    </message>
    <message>
        <source>La hoja Sensibilidad lleva un análisis breve hecho al exportar (%1 muestras, semilla fija %2), porque el del paso Sensibilidad falta, está desactualizado o usa otro método.</source>
        <translation>The Sensibilidad sheet holds a short analysis made on export (%1 samples, fixed seed %2), because the Sensitivity step&apos;s analysis is missing, out of date or uses another method.</translation>
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
        <source>No se pudo guardar la sesión en %1.

%2

Su trabajo sigue abierto y no se ha perdido nada. ¿Quiere guardarlo con otro nombre o en otra carpeta?</source>
        <translation>Could not save the session to %1.

%2

Your work is still open and nothing has been lost. Do you want to save it under another name or in another folder?</translation>
    </message>
    <message>
        <source>Guardar &amp;como…</source>
        <translation>Save &amp;as…</translation>
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
    <name>FormulaPanel</name>
    <message>
        <source>Elija una columna o una celda de las tablas para ver qué mide el indicador, su fórmula y de qué hojas y años proviene.</source>
        <translation>Choose a column or a cell of the tables to see what the indicator measures, its formula, and which sheets and years it comes from.</translation>
    </message>
    <message>
        <source>Dato tal como figura en la hoja Mapeo.</source>
        <translation>As written in the Mapeo sheet.</translation>
    </message>
    <message>
        <source>Hojas: %1</source>
        <translation>Sheets: %1</translation>
    </message>
    <message>
        <source>Años: %1</source>
        <translation>Years: %1</translation>
    </message>
    <message>
        <source>cada clúster en su región</source>
        <translation>each cluster in its own region</translation>
    </message>
    <message>
        <source>Región: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Archivo: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Dato de apoyo: no se lleva a la matriz como criterio.</source>
        <translation>Supporting figure: not brought into the matrix as a criterion.</translation>
    </message>
    <message>
        <source>beneficio: más es mejor</source>
        <translation>benefit: more is better</translation>
    </message>
    <message>
        <source>costo: menos es mejor</source>
        <translation>cost: less is better</translation>
    </message>
    <message>
        <source>En la matriz de decisión: criterio %1 «%2» (%3), unidad: %4.</source>
        <translation>In the decision matrix: criterion %1 “%2” (%3), unit: %4.</translation>
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
    <name>HeatmapChart</name>
    <message>
        <source>Lugar</source>
        <extracomment>Cells with at least this share get their percentage written in.</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <source>Porcentaje de las %1 muestras de pesos en que cada clúster ocupa cada lugar. El recuadro marca su lugar con los pesos del comité; en negrita, los firmes en los %2 primeros.</source>
        <translation>Percentage of the %1 weight samples in which each cluster takes each place. The outlined cell is its place with the committee&apos;s weights; in bold, the clusters firm in the top %2.</translation>
    </message>
    <message>
        <source>Se muestran los %1 primeros clústeres.</source>
        <translation>The first %1 clusters are shown.</translation>
    </message>
</context>
<context>
    <name>IndicatorOptions</name>
    <message>
        <source>&amp;Región:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Año &amp;final:</source>
        <translation>&amp;Final year:</translation>
    </message>
    <message>
        <source>Año &amp;base:</source>
        <translation>&amp;Base year:</translation>
    </message>
    <message>
        <source>Cada clúster en su región</source>
        <translation>Each cluster in its own region</translation>
    </message>
    <message>
        <source>(sin año base)</source>
        <translation>(no base year)</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>← &amp;Inicio</source>
        <translation>← &amp;Start</translation>
    </message>
    <message>
        <source>&amp;Abrir datos brutos…</source>
        <translation>&amp;Open raw data…</translation>
    </message>
    <message>
        <source>Un libro con las hojas Empleo, Insumo-Producto, Mapeo y, si las hay, Empresas y Exportaciones (vea docs/indicadores.md)</source>
        <translation>A workbook with the sheets Empleo, Insumo-Producto, Mapeo and, if available, Empresas and Exportaciones (see docs/indicadores.md)</translation>
    </message>
    <message>
        <source>Usar los datos brutos de &amp;muestra</source>
        <translation>Use the &amp;sample raw data</translation>
    </message>
    <message>
        <source>Datos ilustrativos, coherentes con el libro de decisión de muestra</source>
        <translation>Illustrative data, consistent with the sample decision workbook</translation>
    </message>
    <message>
        <source>&amp;Volver a leer</source>
        <translation>Read a&amp;gain</translation>
    </message>
    <message>
        <source>Leer otra vez el mismo libro, después de corregirlo</source>
        <translation>Read the same workbook again, after correcting it</translation>
    </message>
    <message>
        <source>Clústeres</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Sectores</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Mapa de cocientes de localización</source>
        <translation>Location quotient map</translation>
    </message>
    <message>
        <source>Problemas</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Añadir o reemplazar en la matriz</source>
        <translation>&amp;Add or replace in the matrix</translation>
    </message>
    <message>
        <source>Escribir los criterios marcados en la matriz de decisión, con su fuente, año y fórmula (Ctrl+Z lo deshace)</source>
        <translation>Write the checked criteria into the decision matrix, with their source, year and formula (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Crear un problema &amp;nuevo con estos indicadores</source>
        <translation>Create a &amp;new problem from these indicators</translation>
    </message>
    <message>
        <source>Un libro de decisión nuevo, sin guardar, con los clústeres y los criterios marcados</source>
        <translation>A new, unsaved decision workbook with the clusters and the checked criteria</translation>
    </message>
    <message>
        <source>Criterios para la matriz de decisión:</source>
        <translation>Criteria for the decision matrix:</translation>
    </message>
    <message>
        <source>Calculando…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Datos brutos: ninguno. Abra un libro de datos brutos o use la muestra.</source>
        <translation>Raw data: none. Open a raw-data workbook or use the sample.</translation>
    </message>
    <message>
        <source> (muestra ilustrativa)</source>
        <translation> (illustrative sample)</translation>
    </message>
    <message>
        <source>Datos brutos: %1</source>
        <translation>Raw data: %1</translation>
    </message>
    <message>
        <source>Problemas (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Hay %1 errores en los datos brutos: vea la pestaña Problemas, corríjalos y use «Volver a leer».</source>
        <translation>The raw data have %1 errors: see the Problems tab, correct them and use “Read again”.</translation>
    </message>
    <message>
        <source>No se pudo calcular con estas opciones: vea la pestaña Problemas.</source>
        <translation>Could not compute with these options: see the Problems tab.</translation>
    </message>
    <message>
        <source>%1 clústeres y %2 sectores calculados.</source>
        <translation>%1 clusters and %2 sectors computed.</translation>
    </message>
    <message>
        <source>Abra primero un libro de decisión, o cree uno nuevo con estos indicadores</source>
        <translation>Open a decision workbook first, or create a new one from these indicators</translation>
    </message>
    <message>
        <source>Abrir datos brutos</source>
        <translation>Open raw data</translation>
    </message>
    <message>
        <source>Libros de cálculo (*.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Indicadores: añadir o reemplazar %1 criterios</source>
        <translation>Indicators: add or replace %1 criteria</translation>
    </message>
    <message>
        <source>La matriz ya tenía estos valores: no cambió nada.</source>
        <translation>The matrix already had these values: nothing changed.</translation>
    </message>
    <message>
        <source>Listo: %1 criterios añadidos y %2 reemplazados, con su fuente, año y fórmula. Ctrl+Z lo deshace.</source>
        <translation>Done: %1 criteria added and %2 replaced, with their source, year and formula. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Indicadores de %1</source>
        <translation>Indicators from %1</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>La sesión abierta tiene cambios sin guardar que se perderán. ¿Quiere continuar?</source>
        <translation>The open session has unsaved changes that will be lost. Do you want to continue?</translation>
    </message>
    <message>
        <source>Se creó un problema de decisión con %1 clústeres y %2 criterios. Complete los criterios que no salen de estos datos y guárdelo.</source>
        <translation>A decision problem with %1 clusters and %2 criteria was created. Complete the criteria these data do not give and save it.</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Abrir el libro en la hoja de &amp;cálculo</source>
        <translation>Open the workbook in the &amp;spreadsheet</translation>
    </message>
    <message>
        <source>Abrir el libro de datos brutos con el programa del sistema para corregirlo; luego use «Volver a leer»</source>
        <translation>Open the raw-data workbook with the system&apos;s program to correct it; then use “Read again”</translation>
    </message>
    <message>
        <source>Haga clic en un problema para ver la hoja y la celda que debe corregir.</source>
        <translation>Click a problem to see the sheet and the cell to correct.</translation>
    </message>
    <message>
        <source>Afecta a todo el libro (sin hoja ni celda).</source>
        <translation>Concerns the whole workbook (no sheet or cell).</translation>
    </message>
    <message>
        <source>Hoja «%1».</source>
        <translation>Sheet “%1”.</translation>
    </message>
    <message>
        <source>Hoja «%1», celda %2 (fila %3, columna %4).</source>
        <translation>Sheet “%1”, cell %2 (row %3, column %4).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Aviso</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>JudgmentsPanel</name>
    <message>
        <source>&amp;Modo reunión</source>
        <translation>&amp;Meeting mode</translation>
    </message>
    <message>
        <source>Un par a la vez, en letra grande, con el teclado (para el proyector)</source>
        <translation>One pair at a time, in large type, with the keyboard (for the projector)</translation>
    </message>
    <message>
        <source>Motivo del cambio (opcional; queda en la auditoría)</source>
        <translation>Reason for the change (optional; kept in the audit trail)</translation>
    </message>
    <message>
        <source>Miembro:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>Bloque:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Doble clic o F2 en una celda para escribir el juicio de la fila frente a la columna (por ejemplo 3 o 1/5)</source>
        <translation>Double-click or F2 on a cell to type the judgment of the row versus the column (for example 3 or 1/5)</translation>
    </message>
    <message>
        <source>Juicios que más rompen la consistencia</source>
        <translation>Judgments that break consistency most</translation>
    </message>
    <message>
        <source>Aplicar</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Matriz del bloque (con el peso local de cada elemento)</source>
        <translation>Matrix of the block (with each item&apos;s local weight)</translation>
    </message>
    <message>
        <source>Peso local</source>
        <translation>Local weight</translation>
    </message>
    <message>
        <source>Juicio de %1: %2 frente a %3</source>
        <translation>Judgment of %1: %2 versus %3</translation>
    </message>
    <message>
        <source>No se pueden calcular pesos en este bloque: %1</source>
        <translation>No weights can be computed in this block: %1</translation>
    </message>
    <message>
        <source>Un solo elemento: no hay nada que comparar.</source>
        <translation>A single item: there is nothing to compare.</translation>
    </message>
    <message>
        <source>Coherencia aceptable: RC = %1 (menor que %2).</source>
        <translation>Acceptable consistency: CR = %1 (below %2).</translation>
    </message>
    <message>
        <source>Coherencia insuficiente: RC = %1 (debería ser menor que %2). Revise los juicios señalados abajo.</source>
        <translation>Insufficient consistency: CR = %1 (should be below %2). Review the judgments shown below.</translation>
    </message>
    <message>
        <source>Falta 1 de %2 comparaciones; se estima a partir de las demás.</source>
        <translation>1 of %2 comparisons is missing; it is estimated from the others.</translation>
    </message>
    <message>
        <source>Faltan %1 de %2 comparaciones; se estiman a partir de las demás.</source>
        <translation>%1 of %2 comparisons are missing; they are estimated from the others.</translation>
    </message>
    <message>
        <source>Contradicción ordinal: %1</source>
        <translation>Ordinal contradiction: %1</translation>
    </message>
    <message>
        <source>%1 frente a %2: ahora %3, coherente con los demás: %4 (RC quedaría en %5)</source>
        <translation>%1 versus %2: now %3, consistent with the rest: %4 (CR would become %5)</translation>
    </message>
    <message>
        <source>Corregir %1 frente a %2 (%3): %4</source>
        <translation>Correct %1 versus %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>JustificationPanel</name>
    <message>
        <source>Usar la sugerencia generada</source>
        <translation>Use the generated suggestion</translation>
    </message>
    <message>
        <source>Observaciones, acuerdos o pendientes del comité sobre este clúster (se guardan con la sesión y se exportan aparte del texto generado).</source>
        <translation>The committee&apos;s remarks, agreements or pending items on this cluster (saved with the session and exported apart from the generated text).</translation>
    </message>
    <message>
        <source>Política acordada por el comité (vacío: la sugerencia generada):</source>
        <translation>Policy agreed by the committee (empty: the generated suggestion):</translation>
    </message>
    <message>
        <source>Anotación del comité:</source>
        <translation>Committee note:</translation>
    </message>
    <message>
        <source>Umbrales de las alertas de riesgo</source>
        <translation>Risk flag thresholds</translation>
    </message>
    <message>
        <source>Primero hace falta un orden de prioridad válido (vea Resultados).</source>
        <translation>A valid priority order is needed first (see Results).</translation>
    </message>
    <message>
        <source>Redactando la justificación de cada clúster…</source>
        <translation>Writing the justification of each cluster…</translation>
    </message>
    <message>
        <source>Tiene alertas de riesgo</source>
        <translation>Has risk flags</translation>
    </message>
    <message>
        <source>El texto se genera a partir de los números; sus anotaciones y su texto de política se guardan aparte y se exportan junto a él.</source>
        <translation>The text is generated from the numbers; your notes and policy text are kept apart and exported beside it.</translation>
    </message>
    <message>
        <source>Anotación de %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>Política de %1</source>
        <translation>Policy for %1</translation>
    </message>
    <message>
        <source>sin alerta</source>
        <translation>no flag</translation>
    </message>
    <message>
        <source>Umbral de riesgo de %1</source>
        <translation>Risk threshold of %1</translation>
    </message>
</context>
<context>
    <name>LqHeatmap</name>
    <message>
        <source>Cargue datos brutos para ver el mapa de cocientes de localización.</source>
        <translation>Load raw data to see the location quotient map.</translation>
    </message>
    <message>
        <source>No hay clústeres en la hoja Mapeo: no hay mapa de cocientes de localización.</source>
        <translation>There are no clusters in the Mapeo sheet: no location quotient map.</translation>
    </message>
    <message>
        <source>Cociente de localización de cada clúster en cada región (año %1). Rojo: la región está especializada (LQ &gt; 1); azul: por debajo del promedio nacional; gris: sin empleo. Con marco: donde se evalúa cada clúster.</source>
        <translation>Location quotient of each cluster in each region (year %1). Red: the region is specialized (LQ &gt; 1); blue: below the national average; grey: no employment. Framed: where each cluster is evaluated.</translation>
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
        <source>Calcular &amp;indicadores desde datos brutos…</source>
        <translation>Compute &amp;indicators from raw data…</translation>
    </message>
    <message>
        <source>Calcular criterios a partir de datos regionales brutos</source>
        <translation>Compute criteria from raw regional data</translation>
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
        <source>&lt;p&gt;Siga los pasos de la barra lateral:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Datos&lt;/b&gt;: revise los valores de cada clúster y corrija los problemas señalados.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicadores&lt;/b&gt;: calcule criterios a partir de datos regionales brutos (opcional).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Criterios&lt;/b&gt;: nombre, grupo, sentido (beneficio o costo) y unidad de cada criterio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Comité&lt;/b&gt;: los miembros, sus comparaciones por pares, la consistencia y el consenso.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pesos&lt;/b&gt;: reparta la importancia de los criterios directamente, por grupos, por orden o con comparaciones por pares (AHP).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Resultados&lt;/b&gt;: el orden de prioridad con el método elegido y los demás métodos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sensibilidad&lt;/b&gt;: qué puestos son firmes y cuáles cambian con pequeños cambios de pesos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Exportar&lt;/b&gt;: escriba el libro de resultados, la lista justificada y el informe PDF para el acta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seguimiento&lt;/b&gt;: compare la línea de base con datos posteriores y siga las metas.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+Z deshace cualquier cambio. La guía completa está en docs/guia-usuario.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Follow the steps in the sidebar:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: check the values of each cluster and correct the problems shown.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicators&lt;/b&gt;: compute criteria from raw regional data (optional).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Criteria&lt;/b&gt;: name, group, direction (benefit or cost) and unit of each criterion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Committee&lt;/b&gt;: the members, their pairwise comparisons, consistency and consensus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weights&lt;/b&gt;: share out the importance of the criteria directly, by group, by order or with pairwise comparisons (AHP).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Results&lt;/b&gt;: the priority order with the chosen method and the other methods.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sensitivity&lt;/b&gt;: which places are firm and which change with small changes of the weights.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export&lt;/b&gt;: write the results workbook, the justified list and the PDF report for the minutes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow-up&lt;/b&gt;: compare the baseline with later data and track the targets.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ctrl+Z undoes any change. The full guide (in Spanish) is docs/guia-usuario.md.&lt;/p&gt;</translation>
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
    <name>MeetingMode</name>
    <message>
        <source>Modo reunión — %1</source>
        <extracomment>Positions of the scale, left (A much more important) to right (B much more important).</extracomment>
        <translation>Meeting mode — %1</translation>
    </message>
    <message>
        <source>¿Cuál de los dos es más importante para priorizar clústeres, y cuánto más?</source>
        <translation>Which of the two matters more for prioritizing clusters, and how much more?</translation>
    </message>
    <message>
        <source>← → respuesta · 1–9 intensidad · 0 igual · Supr sin respuesta · Enter o ↓ siguiente · ↑ anterior · Ctrl+Z deshacer · Esc salir</source>
        <translation>← → answer · 1–9 intensity · 0 equal · Del no answer · Enter or ↓ next · ↑ previous · Ctrl+Z undo · Esc leave</translation>
    </message>
    <message>
        <source>frente a</source>
        <translation>versus</translation>
    </message>
    <message>
        <source>← %1 más importante</source>
        <translation>← %1 more important</translation>
    </message>
    <message>
        <source>%1 más importante →</source>
        <translation>%1 more important →</translation>
    </message>
    <message>
        <source>Par %1 de %2</source>
        <translation>Pair %1 of %2</translation>
    </message>
    <message>
        <source>%1 de %2 respondidos</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Consistencia de este bloque: RC = %1 (aceptable si es menor que %2)</source>
        <translation>Consistency of this block: CR = %1 (acceptable when below %2)</translation>
    </message>
    <message>
        <source>Juicio de %1: %2 frente a %3</source>
        <translation>Judgment of %1: %2 versus %3</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>&amp;Agregar miembro</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Quitar miembro</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>&amp;Exportar cuestionarios…</source>
        <translation>&amp;Export questionnaires…</translation>
    </message>
    <message>
        <source>&amp;Importar cuestionarios…</source>
        <translation>&amp;Import questionnaires…</translation>
    </message>
    <message>
        <source>Cada miembro compara primero los grupos de criterios y luego los criterios de cada grupo. Edite el nombre, el rol y el peso de voto en la tabla.</source>
        <translation>Each member compares the criterion groups first, then the criteria inside each group. Edit the name, role and voting weight in the table.</translation>
    </message>
    <message>
        <source>Miembro %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Agregar el miembro %1</source>
        <translation>Add member %1</translation>
    </message>
    <message>
        <source>Quitar el miembro %1</source>
        <translation>Remove member %1</translation>
    </message>
    <message>
        <source>Carpeta para los cuestionarios</source>
        <translation>Folder for the questionnaires</translation>
    </message>
    <message>
        <source>Se escribieron %1 cuestionarios en %2.</source>
        <translation>%1 questionnaires were written to %2.</translation>
    </message>
    <message>
        <source>Cuestionarios respondidos</source>
        <translation>Answered questionnaires</translation>
    </message>
    <message>
        <source>Libros de Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Importar %1 cuestionarios</source>
        <translation>Import %1 questionnaires</translation>
    </message>
    <message>
        <source>Cuestionarios importados: %1.</source>
        <translation>Questionnaires imported: %1.</translation>
    </message>
    <message>
        <source>No se importó nada; corrija estos problemas:</source>
        <translation>Nothing was imported; fix these problems:</translation>
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
    <name>MonitoringTabs</name>
    <message>
        <source>Mostrar también los valores sin cambio</source>
        <translation>Also show the values that did not change</translation>
    </message>
    <message>
        <source>Clúster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Cambios en los indicadores</source>
        <translation>Changes in the indicators</translation>
    </message>
    <message>
        <source>Puestos</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Tendencias</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Metas</source>
        <translation>Targets</translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>Compare la priorización de la línea de base con datos posteriores: qué indicadores mejoraron o empeoraron, y cuánto del cambio de puestos se debe a los datos nuevos y cuánto a los cambios de pesos.</source>
        <translation>Compare the baseline prioritization with later data: which indicators improved or got worse, and how much of the change in places is due to the new data and how much to changes of the weights.</translation>
    </message>
    <message>
        <source>Abrir &amp;línea de base…</source>
        <translation>Open &amp;baseline…</translation>
    </message>
    <message>
        <source>Fecha de referencia de los datos de la línea de base</source>
        <translation>Reference date of the baseline data</translation>
    </message>
    <message>
        <source>Línea de base:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <source>&amp;Agregar ronda…</source>
        <translation>&amp;Add round…</translation>
    </message>
    <message>
        <source>&amp;Quitar ronda</source>
        <translation>&amp;Remove round</translation>
    </message>
    <message>
        <source>Rondas:</source>
        <translation>Rounds:</translation>
    </message>
    <message>
        <source>Comparar con:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>E&amp;xportar la hoja Seguimiento…</source>
        <translation>E&amp;xport the Seguimiento sheet…</translation>
    </message>
    <message>
        <source>Informe &amp;PDF con seguimiento…</source>
        <translation>&amp;PDF report with follow-up…</translation>
    </message>
    <message>
        <source>El informe PDF de la ronda comparada, con la sección de seguimiento</source>
        <translation>The PDF report of the compared round, with the follow-up section</translation>
    </message>
    <message>
        <source>Sesión actual</source>
        <translation>Current session</translation>
    </message>
    <message>
        <source>La sesión actual</source>
        <translation>The current session</translation>
    </message>
    <message>
        <source>Libro: %1</source>
        <translation>Workbook: %1</translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>No se puede usar %1:</source>
        <translation>%1 cannot be used:</translation>
    </message>
    <message>
        <source>Libros de cálculo (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>Abrir la línea de base</source>
        <translation>Open the baseline</translation>
    </message>
    <message>
        <source>Agregar una ronda de seguimiento</source>
        <translation>Add a follow-up round</translation>
    </message>
    <message>
        <source>Quitar la marca de línea de base</source>
        <translation>Remove the baseline mark</translation>
    </message>
    <message>
        <source>&amp;Marcar la sesión como línea de base</source>
        <translation>&amp;Mark the session as the baseline</translation>
    </message>
    <message>
        <source>Marcar como línea de base</source>
        <translation>Mark as the baseline</translation>
    </message>
    <message>
        <source>Copiar las metas de la línea de base</source>
        <translation>Copy the baseline&apos;s targets</translation>
    </message>
    <message>
        <source>Todavía no hay un orden de prioridad válido para la línea de base (vea Resultados).</source>
        <translation>There is no valid priority order for the baseline yet (see Results).</translation>
    </message>
    <message>
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Agregue una ronda de seguimiento (un libro con datos posteriores) para comparar.</source>
        <translation>Add a follow-up round (a workbook with later data) to compare.</translation>
    </message>
    <message>
        <source>Valores que cambiaron: %1 (%2 mejor, %3 peor).</source>
        <translation>Values that changed: %1 (%2 better, %3 worse).</translation>
    </message>
    <message>
        <source>Informe PDF con seguimiento</source>
        <translation>PDF report with follow-up</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Preparando el informe PDF…</source>
        <translation>Preparing the PDF report…</translation>
    </message>
    <message>
        <source>Clústers agregados</source>
        <translation>Clusters added</translation>
    </message>
    <message>
        <source>Clústers retirados</source>
        <translation>Clusters removed</translation>
    </message>
    <message>
        <source>Criterios agregados</source>
        <translation>Criteria added</translation>
    </message>
    <message>
        <source>Criterios retirados</source>
        <translation>Criteria removed</translation>
    </message>
    <message>
        <source>Exportar la hoja Seguimiento</source>
        <translation>Export the Seguimiento sheet</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Listo: se escribió %1.</source>
        <translation>Done: %1 was written.</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <source>Clúster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Puesto
base</source>
        <translation>Baseline
place</translation>
    </message>
    <message>
        <source>Puesto
nuevo</source>
        <translation>New
place</translation>
    </message>
    <message>
        <source>Con pesos
de base</source>
        <translation>Base
weights</translation>
    </message>
    <message>
        <source>Efecto de
los datos</source>
        <translation>Data
effect</translation>
    </message>
    <message>
        <source>Efecto de
los pesos</source>
        <translation>Weight
effect</translation>
    </message>
    <message>
        <source>El puesto que tendría con los datos nuevos ordenados como en la línea de base (mismos pesos, método y parámetros)</source>
        <translation>The place it would have with the new data ranked as in the baseline (same weights, method and parameters)</translation>
    </message>
    <message>
        <source>Puestos ganados (▲) o perdidos (▼) solo por los datos nuevos</source>
        <translation>Places gained (▲) or lost (▼) through the new data alone</translation>
    </message>
    <message>
        <source>Puestos ganados o perdidos por los cambios del comité: pesos, criterios o método</source>
        <translation>Places gained or lost through the committee&apos;s changes: weights, criteria or method</translation>
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
        <source>Este libro tiene juicios de los miembros del comité: con pesos AHP, el orden usa el agregado del comité (paso Comité, «Usar los pesos del comité»), no esta matriz, que queda solo como referencia.</source>
        <translation>This workbook has the committee members&apos; judgments: with AHP weights the order uses the committee&apos;s aggregate (Committee step, &quot;Use the committee&apos;s weights&quot;), not this matrix, which stays a reference only.</translation>
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
    <name>ReversalPanel</name>
    <message>
        <source>delante</source>
        <translation>ahead</translation>
    </message>
    <message>
        <source>detrás</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>empatado</source>
        <translation>tied</translation>
    </message>
    <message>
        <source>Con %1, quitar cualquier clúster deja a los demás en el mismo orden relativo.</source>
        <translation>With %1, removing any cluster leaves the others in the same relative order.</translation>
    </message>
    <message>
        <source>Con %1, quitar un clúster cambia el orden relativo de otros dos en %2 casos (%3 inversiones completas; el resto son empates que aparecen o desaparecen). Los métodos que normalizan con todo el conjunto (TOPSIS, VIKOR, PROMETHEE, sumas) pueden hacerlo.</source>
        <translation>With %1, removing a cluster changes the relative order of two others in %2 cases (%3 full reversals; the rest are ties appearing or disappearing). Methods that normalize with the whole set (TOPSIS, VIKOR, PROMETHEE, sums) can do this.</translation>
    </message>
    <message>
        <source>Sin %1 el método no pudo calcularse.</source>
        <translation>Without %1 the method could not be computed.</translation>
    </message>
    <message>
        <source>Sin el clúster</source>
        <translation>Without cluster</translation>
    </message>
    <message>
        <source>Clúster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Después</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Respecto de</source>
        <translation>Relative to</translation>
    </message>
    <message>
        <source>Inversión completa</source>
        <translation>Full reversal</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
    <name>SensitivityCharts</name>
    <message>
        <source>Grupo %1</source>
        <extracomment>Longest cluster or criterion name shown on an axis (the full name is in the tables).</extracomment>
        <translation>Group %1</translation>
    </message>
</context>
<context>
    <name>SensitivityControls</name>
    <message>
        <source>Dirichlet alrededor de los pesos</source>
        <translation>Dirichlet around the weights</translation>
    </message>
    <message>
        <source>Uniforme, ± un porcentaje de cada peso</source>
        <translation>Uniform, ± a percentage of each weight</translation>
    </message>
    <message>
        <source>Pesos de los miembros del comité</source>
        <translation>Committee members&apos; weights</translation>
    </message>
    <message>
        <source>Cuanto mayor, más cerca quedan las muestras de los pesos del comité. Con 100, un peso de 10 % varía unos ± 3 puntos.</source>
        <translation>The larger, the closer the samples stay to the committee&apos;s weights. With 100, a weight of 10 % varies by about ± 3 points.</translation>
    </message>
    <message>
        <source>Cada peso se multiplica por un factor al azar entre 1 − x y 1 + x; luego los pesos se vuelven a sumar 100 %.</source>
        <translation>Each weight is multiplied by a random factor between 1 − x and 1 + x; then the weights are rescaled to sum to 100 %.</translation>
    </message>
    <message>
        <source>mezclas ponderadas de los miembros</source>
        <translation>weighted mixes of the members</translation>
    </message>
    <message>
        <source>un miembro al azar por muestra</source>
        <translation>one random member per sample</translation>
    </message>
    <message>
        <source>Con&amp;centración:</source>
        <translation>Con&amp;centration:</translation>
    </message>
    <message>
        <source>&amp;Variación ±:</source>
        <translation>&amp;Variation ±:</translation>
    </message>
    <message>
        <source>M&amp;odo:</source>
        <translation>M&amp;ode:</translation>
    </message>
    <message>
        <source>Con la misma semilla, el mismo resultado; queda anotada en el libro exportado.</source>
        <translation>The same seed gives the same result; it is recorded in the exported workbook.</translation>
    </message>
    <message>
        <source>Nueva</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Sortear otra semilla</source>
        <translation>Draw another seed</translation>
    </message>
    <message>
        <source>&amp;Calcular</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <source>Ca&amp;ncelar</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>%v de %m muestras</source>
        <translation>%v of %m samples</translation>
    </message>
    <message>
        <source>&amp;Método:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>M&amp;uestreo de pesos:</source>
        <translation>Weight sa&amp;mpling:</translation>
    </message>
    <message>
        <source>Mue&amp;stras:</source>
        <translation>&amp;Samples:</translation>
    </message>
    <message>
        <source>S&amp;emilla:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Primeros k:</source>
        <translation>&amp;Top k:</translation>
    </message>
    <message>
        <source>Hace falta que al menos dos miembros tengan sus propias comparaciones por pares (hojas AHP).</source>
        <translation>At least two members need their own pairwise comparisons (AHP sheets).</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>¿Qué lugares de la lista son firmes y cuáles cambiarían con una pequeña diferencia de opinión? Se ordena con miles de variantes de los pesos del comité y con los demás métodos.</source>
        <extracomment>Last progress reported by the running (or last) job: (done, total).</extracomment>
        <translation>Which places of the list are firm, and which would change with a small difference of opinion? The clusters are ranked with thousands of variants of the committee&apos;s weights and with the other methods.</translation>
    </message>
    <message>
        <source>Res&amp;umen</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>&amp;Aceptabilidad</source>
        <translation>&amp;Acceptability</translation>
    </message>
    <message>
        <source>&amp;Barrido de un peso</source>
        <translation>One-weight s&amp;weep</translation>
    </message>
    <message>
        <source>&amp;Tornado</source>
        <translation>&amp;Tornado</translation>
    </message>
    <message>
        <source>&amp;Pares críticos</source>
        <translation>Critical &amp;pairs</translation>
    </message>
    <message>
        <source>&amp;Métodos</source>
        <translation>&amp;Methods</translation>
    </message>
    <message>
        <source>&amp;Inversión de orden</source>
        <translation>Rank &amp;reversal</translation>
    </message>
    <message>
        <source>Resultado desactualizado.</source>
        <translation>Result out of date.</translation>
    </message>
    <message>
        <source>Los datos, los pesos o el método cambiaron después de este análisis; pulse «Calcular» para rehacerlo. El libro exportado no lo incluirá mientras tanto.</source>
        <translation>The data, the weights or the method changed after this analysis; press “Compute” to redo it. Until then the exported workbook will not include it.</translation>
    </message>
    <message>
        <source>Elija las opciones y pulse «Calcular». Con %1 muestras tarda unos segundos.</source>
        <translation>Choose the options and press “Compute”. With %1 samples it takes a few seconds.</translation>
    </message>
    <message>
        <source>Calculando con %1…</source>
        <translation>Computing with %1…</translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>No se puede hacer el análisis de sensibilidad:</source>
        <translation>The sensitivity analysis cannot be done:</translation>
    </message>
    <message>
        <source>Cálculo cancelado (%1 de %2 muestras).</source>
        <translation>Computation cancelled (%1 of %2 samples).</translation>
    </message>
    <message>
        <source>Dirichlet, concentración %1</source>
        <translation>Dirichlet, concentration %1</translation>
    </message>
    <message>
        <source>uniforme ± %1 %</source>
        <translation>uniform ± %1 %</translation>
    </message>
    <message>
        <source>pesos de los miembros</source>
        <translation>members&apos; weights</translation>
    </message>
    <message>
        <source>%1 · %2 muestras (%3) · semilla %4 · %5 s</source>
        <translation>%1 · %2 samples (%3) · seed %4 · %5 s</translation>
    </message>
    <message>
        <source>Firme: conserva su lugar en al menos el %1 de las muestras de pesos. Los cambios de peso se dan en puntos porcentuales; al cambiar un peso, los demás se reajustan en proporción para seguir sumando 100 %.</source>
        <translation>Firm: keeps its place in at least %1 of the weight samples. Weight changes are given in percentage points; when one weight changes, the others are rescaled in proportion to keep summing to 100 %.</translation>
    </message>
    <message>
        <source>Avisos del cálculo:</source>
        <translation>Warnings of the computation:</translation>
    </message>
</context>
<context>
    <name>SlopeChart</name>
    <message>
        <source>Cargue al menos una ronda de seguimiento para ver cómo se movieron los puestos.</source>
        <translation>Load at least one follow-up round to see how the places moved.</translation>
    </message>
    <message>
        <source>Puesto de cada clúster en cada ronda (1 = primero). Verde: subió; rojo: bajó entre la línea de base y la última ronda.</source>
        <translation>Place of each cluster in each round (1 = first). Green: moved up; red: moved down between the baseline and the latest round.</translation>
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
        <source>Calcular indicadores desde datos brutos…</source>
        <translation>Compute indicators from raw data…</translation>
    </message>
    <message>
        <source>Calcular los criterios (cociente de localización, encadenamientos, crecimiento…) a partir de datos regionales de empleo, insumo-producto y exportaciones</source>
        <translation>Compute the criteria (location quotient, linkages, growth…) from regional employment, input–output and export data</translation>
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
    <name>SummaryWriter</name>
    <message>
        <source>El primer lugar no es firme: %1 lo ocupa en el %2 de las muestras y %3 en el %4.</source>
        <extracomment>How many of the most fragile adjacent pairs the summary names.</extracomment>
        <translation>First place is not firm: %1 holds it in %2 of the samples and %3 in %4.</translation>
    </message>
    <message>
        <source>El primer lugar es firme: %1 lo conserva en el %2 de las muestras.</source>
        <translation>First place is firm: %1 keeps it in %2 of the samples.</translation>
    </message>
    <message>
        <source>Los %1 primeros lugares son firmes: %2 (cada uno conserva su lugar en al menos el %3 de las muestras).</source>
        <translation>The first %1 places are firm: %2 (each keeps its place in at least %3 of the samples).</translation>
    </message>
    <message>
        <source>El %1 lugar no es firme: %2 lo ocupa solo en el %3 de las muestras.</source>
        <translation>The %1 place is not firm: %2 holds it in only %3 of the samples.</translation>
    </message>
    <message>
        <source>Ningún clúster queda en los %1 primeros con todos los métodos y en al menos el %2 de las muestras.</source>
        <translation>No cluster stays in the top %1 under every method and in at least %2 of the samples.</translation>
    </message>
    <message>
        <source>Firmes en los %1 primeros (con todos los métodos y en al menos el %2 de las muestras): %3.</source>
        <translation>Firm in the top %1 (under every method and in at least %2 of the samples): %3.</translation>
    </message>
    <message>
        <source>el peso del grupo %1</source>
        <translation>the weight of group %1</translation>
    </message>
    <message>
        <source>el peso de «%1»</source>
        <translation>the weight of “%1”</translation>
    </message>
    <message>
        <source>El %1 y el %2 lugar están empatados (%3).</source>
        <translation>The %1 and %2 places are tied (%3).</translation>
    </message>
    <message>
        <source>Ningún cambio de un solo peso altera el orden de los %1 primeros.</source>
        <translation>No change of a single weight alters the order of the top %1.</translation>
    </message>
    <message>
        <source>baja</source>
        <translation>falls</translation>
    </message>
    <message>
        <source>sube</source>
        <translation>rises</translation>
    </message>
    <message>
        <source>El %1 y el %2 lugar (%3) se intercambian si %5 %6 %7 puntos (de %8 a %9).</source>
        <translation>The %1 and %2 places (%3) swap if %5 %6 by %7 points (from %8 to %9).</translation>
    </message>
    <message>
        <source>Con los demás métodos, la correlación de Spearman con el orden de %1 va de %2 (%3) a %4 (%5).</source>
        <translation>With the other methods, the Spearman correlation with the %1 order ranges from %2 (%3) to %4 (%5).</translation>
    </message>
    <message>
        <source>No se pudo comparar con %1: no admite estos datos.</source>
        <translation>Could not compare with %1: it does not accept these data.</translation>
    </message>
    <message>
        <source>Con %1, quitar cualquier clúster no cambia el orden de los demás.</source>
        <translation>With %1, removing any cluster does not change the order of the others.</translation>
    </message>
    <message>
        <source>Con %1, quitar un clúster solo crea o deshace empates (%2 casos).</source>
        <translation>With %1, removing a cluster only creates or breaks ties (%2 cases).</translation>
    </message>
    <message>
        <source>Con %1, quitar un clúster invierte el orden de otros dos en %2 casos; por ejemplo, sin %3, %4 pasa detrás de %5.</source>
        <translation>With %1, removing a cluster reverses the order of two others in %2 cases; for example, without %3, %4 falls behind %5.</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>Lugar</source>
        <extracomment>Okabe &amp; Ito&apos;s colour-blind-safe palette (as the group colours), then a few more.</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <source>Puntaje</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Peso que varía:</source>
        <translation>&amp;Weight that varies:</translation>
    </message>
    <message>
        <source>&amp;Mostrar:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>cambio de lugar</source>
        <extracomment>(t, rank or score) of the change points drawn, for tests and tooltips.</extracomment>
        <translation>change of place</translation>
    </message>
    <message>
        <source>peso actual: %1 %</source>
        <translation>current weight: %1 %</translation>
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
        <source>Puntaje (%1)</source>
        <translation>Score (%1)</translation>
    </message>
    <message>
        <source>Peso de %1 (%, los demás en proporción)</source>
        <translation>Weight of %1 (%, the others in proportion)</translation>
    </message>
    <message>
        <source>si baja a %1 %, %2 pasa delante de %3</source>
        <translation>if it falls to %1 %, %2 passes %3</translation>
    </message>
    <message>
        <source>si sube a %1 %, %2 pasa delante de %3</source>
        <translation>if it rises to %1 %, %2 passes %3</translation>
    </message>
    <message>
        <source>Con cualquier peso de %1 entre 0 y 100 % los %2 primeros no cambian de lugar.</source>
        <translation>With any weight of %1 between 0 and 100 % the top %2 keep their places.</translation>
    </message>
    <message>
        <source>Primer cambio en los %1 primeros: %2.</source>
        <translation>First change in the top %1: %2.</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>valor meta</source>
        <translation>target value</translation>
    </message>
    <message>
        <source>&amp;Agregar meta</source>
        <translation>&amp;Add target</translation>
    </message>
    <message>
        <source>&amp;Quitar la meta</source>
        <translation>&amp;Remove the target</translation>
    </message>
    <message>
        <source>Clúster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Criterio:</source>
        <translation>Criterion:</translation>
    </message>
    <message>
        <source>Meta:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Fecha:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Copiar las metas de la línea de base</source>
        <translation>Copy the baseline&apos;s targets</translation>
    </message>
    <message>
        <source>base: %1 %2</source>
        <translation>baseline: %1 %2</translation>
    </message>
    <message>
        <source>Escriba el valor de la meta (un número).</source>
        <translation>Type the target value (a number).</translation>
    </message>
    <message>
        <source>Meta de %1 en %2</source>
        <translation>Target of %1 on %2</translation>
    </message>
    <message>
        <source>Quitar la meta de %1 en %2</source>
        <translation>Remove the target of %1 on %2</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>alcanzada</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>en camino</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>rezagada</source>
        <translation>off track</translation>
    </message>
    <message>
        <source>vencida sin alcanzar</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>sin datos</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>mantener</source>
        <translation>hold</translation>
    </message>
    <message>
        <source>Tiempo transcurrido: %1</source>
        <translation>Time elapsed: %1</translation>
    </message>
    <message>
        <source>Se alejó de la meta respecto de la línea de base.</source>
        <translation>It moved away from the target since the baseline.</translation>
    </message>
    <message>
        <source>Clúster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Línea de base</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Valor actual</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Cambio del peso (puntos porcentuales) que altera el orden de los %1 primeros</source>
        <extracomment>The tornado rows drawn (narrowest first), for tests.</extracomment>
        <translation>Change of the weight (percentage points) that alters the order of the top %1</translation>
    </message>
    <message>
        <source>Cuánto puede bajar (azul) o subir (naranja) cada peso sin que cambie el orden de los %1 primeros; arriba, el más sensible. Barra pálida: ese cambio no altera los %1 primeros. En cada extremo, los lugares que se intercambian.</source>
        <translation>How far each weight can fall (blue) or rise (orange) before the order of the top %1 changes; the most sensitive on top. Pale bar: that change does not alter the top %1. At each end, the places that swap.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Elija un clúster para ver sus indicadores en cada ronda.</source>
        <translation>Choose a cluster to see its indicators in each round.</translation>
    </message>
    <message>
        <source>%1: cada indicador en cada ronda, en el color de su grupo. Punto verde: mejor que en la línea de base; rojo: peor (según el sentido del criterio).</source>
        <translation>%1: each indicator in each round, in its group&apos;s colour. Green point: better than at the baseline; red: worse (given the criterion&apos;s direction).</translation>
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
        <source>Indicadores</source>
        <translation>Indicators</translation>
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
        <source>Sensibilidad</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Exportar</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Los valores de cada clúster, con los problemas encontrados</source>
        <translation>The values of each cluster, with the problems found</translation>
    </message>
    <message>
        <source>Criterios calculados a partir de datos regionales brutos</source>
        <translation>Criteria computed from raw regional data</translation>
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
        <source>Qué tan firme es el orden ante cambios de pesos y de método</source>
        <translation>How firm the order is against changes of weights and method</translation>
    </message>
    <message>
        <source>El libro de resultados para el acta</source>
        <translation>The results workbook for the minutes</translation>
    </message>
    <message>
        <source>Línea de base, rondas posteriores y metas de los clústeres priorizados</source>
        <translation>Baseline, later rounds and targets of the prioritized clusters</translation>
    </message>
    <message>
        <source>Paso &amp;siguiente</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Paso &amp;anterior</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>Comité</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Los miembros del comité, sus juicios, la agregación y el consenso</source>
        <translation>The committee&apos;s members, their judgments, the aggregation and the consensus</translation>
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
