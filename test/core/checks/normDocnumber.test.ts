/** norm.docnumber (GB/T 9704): 〔〕 brackets, a four-digit year, no leading zero or 第. */
import { draft } from '../../helpers';
import { testCheck } from './tester';

testCheck('norm.docnumber', {
  valid: [
    {
      name: 'the right form, and a year in brackets that is no document number',
      text: draft('根据株常发〔2023〕2号文件，印发（2023年）方案。'),
    },
  ],
  invalid: [
    ['根据株常发[2023]2号文件。', '株常发[2023]2号', '株常发〔2023〕2号'],
    ['按照湘政办发（2023）05号要求。', '湘政办发（2023）05号', '湘政办发〔2023〕5号'],
    ['国发〔23〕第3号', '国发〔23〕第3号', '国发〔2023〕3号'],
    ['转发株政函【2022】12号。', '株政函【2022】12号', '株政函〔2022〕12号'],
  ].map(([sentence, wrong, right]) => ({
    text: draft(sentence),
    errors: [{ line: 6 }],
    output: draft(sentence.replace(wrong, right)),
  })),
});
